package vn.resultpost.gateway.channel.soap;

import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.component.cxf.common.message.CxfConstants;
import org.apache.cxf.message.Message;
import org.apache.wss4j.dom.engine.WSSecurityEngineResult;
import org.apache.wss4j.dom.handler.WSHandlerConstants;
import org.apache.wss4j.dom.handler.WSHandlerResult;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.security.GatewayClient;

/** The SOAP client whose UsernameToken WSS4J verified for a message, as a gateway client bound to its agencies. */
@Component
class SoapCaller {

    private final SoapClients clients;

    SoapCaller(SoapClients clients) {
        this.clients = clients;
    }

    Optional<GatewayClient> of(Exchange exchange) {
        Message cxf = exchange.getProperty(CxfConstants.CAMEL_CXF_MESSAGE, Message.class);
        if (cxf == null) {
            cxf = exchange.getIn().getHeader(CxfConstants.CAMEL_CXF_MESSAGE, Message.class);
        }
        if (cxf == null) {
            return Optional.empty();
        }
        Object results = cxf.get(WSHandlerConstants.RECV_RESULTS);
        if (results instanceof List<?> list) {
            for (Object handlerResult : list) {
                if (handlerResult instanceof WSHandlerResult r) {
                    for (WSSecurityEngineResult engine : r.getResults()) {
                        if (engine.get(WSSecurityEngineResult.TAG_PRINCIPAL) instanceof Principal p) {
                            return clients.client(p.getName());
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }
}
