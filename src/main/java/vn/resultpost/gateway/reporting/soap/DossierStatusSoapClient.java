package vn.resultpost.gateway.reporting.soap;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.Dispatch;
import jakarta.xml.ws.Service;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.xml.namespace.QName;
import javax.xml.transform.Source;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.jaxws.DispatchImpl;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;
import org.apache.cxf.ws.security.wss4j.WSS4JOutInterceptor;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.common.ext.WSPasswordCallback;
import vn.resultpost.gateway.reporting.ReportingProperties;

/**
 * The one I/O client of the SOAP reporting channel: a CXF JAX-WS {@code Dispatch<Source>} in PAYLOAD mode
 * on the dossier-status contract, one per agency endpoint (built once, then shared: CXF dispatches are
 * safe to invoke from several threads), with a WS-Security UsernameToken (Nonce and Created) when a user
 * is configured, and connect and receive timeouts. Faults, timeouts and transport errors surface as
 * CXF's {@code WebServiceException}s.
 */
public class DossierStatusSoapClient {

    static final QName SERVICE = new QName(StatusReportSoapMapper.NS, "DossierStatusService");
    static final QName PORT = new QName(StatusReportSoapMapper.NS, "DossierStatusPort");
    static final String WSDL = "/wsdl/dossier-status-v1.wsdl";
    static final String SOAP_ACTION = "urn:resultpost:dossier-status:v1:ReportStatus";

    private final ReportingProperties.Soap settings;
    private final Map<Endpoint, Dispatch<Source>> dispatches = new ConcurrentHashMap<>();

    public DossierStatusSoapClient(ReportingProperties.Soap settings) {
        this.settings = settings;
    }

    /** Where and as whom one agency's reports are sent. */
    public record Endpoint(String url, String username, String password) {

        @Override
        public String toString() {
            return url + (username == null ? "" : " as " + username);
        }
    }

    /** Sends one request payload; returns the reply payload as XML text. */
    public String call(Endpoint endpoint, String payload) {
        Source answer = dispatches.computeIfAbsent(endpoint, this::dispatch)
                .invoke(new StreamSource(new StringReader(payload)));
        try {
            StringWriter out = new StringWriter();
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(javax.xml.XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(javax.xml.XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            var transformer = factory.newTransformer();
            transformer.setOutputProperty(javax.xml.transform.OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.transform(answer, new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            return "";
        }
    }

    private Dispatch<Source> dispatch(Endpoint endpoint) {
        URL wsdl = DossierStatusSoapClient.class.getResource(WSDL);
        Dispatch<Source> dispatch = Service.create(wsdl, SERVICE).createDispatch(PORT, Source.class, Service.Mode.PAYLOAD);
        dispatch.getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, endpoint.url());
        // The contract's SOAPAction (some SOAP stacks dispatch on it); the service has this one operation.
        dispatch.getRequestContext().put(BindingProvider.SOAPACTION_USE_PROPERTY, Boolean.TRUE);
        dispatch.getRequestContext().put(BindingProvider.SOAPACTION_URI_PROPERTY, SOAP_ACTION);
        Client client = ((DispatchImpl<?>) dispatch).getClient();
        client.getEndpoint().getEndpointInfo().setAddress(endpoint.url());
        if (endpoint.username() != null && !endpoint.username().isBlank()) {
            client.getOutInterceptors().add(new WSS4JOutInterceptor(usernameToken(endpoint)));
        }
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setConnectionTimeout(settings.connectTimeout().toMillis());
        policy.setReceiveTimeout(settings.receiveTimeout().toMillis());
        ((HTTPConduit) client.getConduit()).setClient(policy);
        return dispatch;
    }

    private Map<String, Object> usernameToken(Endpoint endpoint) {
        Map<String, Object> wss = new HashMap<>();
        wss.put(ConfigurationConstants.ACTION, ConfigurationConstants.USERNAME_TOKEN);
        wss.put(ConfigurationConstants.USER, endpoint.username());
        wss.put(ConfigurationConstants.PASSWORD_TYPE, settings.passwordType());
        wss.put(ConfigurationConstants.ADD_USERNAMETOKEN_NONCE, "true");
        wss.put(ConfigurationConstants.ADD_USERNAMETOKEN_CREATED, "true");
        String password = endpoint.password() == null ? "" : endpoint.password();
        wss.put(ConfigurationConstants.PW_CALLBACK_REF, (CallbackHandler) callbacks -> {
            for (Callback c : callbacks) {
                if (c instanceof WSPasswordCallback pc) {
                    pc.setPassword(password);
                }
            }
        });
        return wss;
    }
}
