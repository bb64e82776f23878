package vn.resultpost.gateway.operator.soap;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.Dispatch;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.io.StringReader;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.xml.namespace.QName;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.jaxws.DispatchImpl;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;
import org.apache.cxf.ws.security.wss4j.WSS4JOutInterceptor;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.common.ext.WSPasswordCallback;

/**
 * The one I/O client of the generic SOAP adapter: a CXF JAX-WS {@code Dispatch<Source>} in PAYLOAD mode,
 * built once from the contract (wsdl/postal-operator-v1.wsdl), with a WSS4J UsernameToken (Nonce and
 * Created) on every request and connect/receive timeouts. A SOAP fault comes back as data (the Fault
 * element's XML); a transport failure or timeout is thrown as the JAX-WS {@code WebServiceException}.
 * One Dispatch serves every thread: its request context is set once, here, and never changed afterwards.
 */
public class SoapOperatorClient {

    static final String WSDL = "/wsdl/postal-operator-v1.wsdl";
    static final QName SERVICE = new QName(SoapOperatorXml.NS, "PostalOperatorService");
    static final QName PORT = new QName(SoapOperatorXml.NS, "PostalOperatorPort");
    private static final String FIND_OPERATION = "find.dispatch.operation";

    private final Dispatch<Source> dispatch;

    public SoapOperatorClient(GenericSoapProperties props) {
        URL wsdl = SoapOperatorClient.class.getResource(WSDL);
        if (wsdl == null) {
            throw new IllegalStateException("The contract " + WSDL + " is not on the classpath");
        }
        this.dispatch = Service.create(wsdl, SERVICE).createDispatch(PORT, Source.class, Service.Mode.PAYLOAD);
        dispatch.getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, props.endpoint());
        // The operation (and so its SOAPAction) is found from the payload's root element, as the WSDL binds it.
        dispatch.getRequestContext().put(FIND_OPERATION, Boolean.TRUE);
        Client client = ((DispatchImpl<Source>) dispatch).getClient();
        client.getOutInterceptors().add(new WSS4JOutInterceptor(security(props)));
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setConnectionTimeout(props.connectTimeout().toMillis());
        policy.setReceiveTimeout(props.receiveTimeout().toMillis());
        ((HTTPConduit) client.getConduit()).setClient(policy);
    }

    /** Sends one request payload; answers the reply payload, or the SOAP Fault element, as XML text. */
    public Reply call(String payload) {
        try {
            Source answer = dispatch.invoke(new StreamSource(new StringReader(payload)));
            return new Reply(answer == null ? "" : SoapOperatorXml.xml(answer), false);
        } catch (SOAPFaultException e) {
            return new Reply(SoapOperatorXml.xml(e.getFault()), true);
        }
    }

    private static Map<String, Object> security(GenericSoapProperties props) {
        Map<String, Object> wss = new HashMap<>();
        wss.put(ConfigurationConstants.ACTION, ConfigurationConstants.USERNAME_TOKEN);
        wss.put(ConfigurationConstants.USER, props.username());
        wss.put(ConfigurationConstants.PASSWORD_TYPE, props.passwordType());
        wss.put(ConfigurationConstants.ADD_USERNAMETOKEN_NONCE, "true");
        wss.put(ConfigurationConstants.ADD_USERNAMETOKEN_CREATED, "true");
        String password = props.password();
        wss.put(ConfigurationConstants.PW_CALLBACK_REF, (CallbackHandler) callbacks -> {
            for (Callback c : callbacks) {
                if (c instanceof WSPasswordCallback pc) {
                    pc.setPassword(password);
                }
            }
        });
        return wss;
    }

    /**
     * A reply: the payload, or the SOAP Fault element when {@code fault}.
     *
     * @param body  XML text of the reply payload or Fault element
     * @param fault true when the operator answered a SOAP fault
     */
    public record Reply(String body, boolean fault) {
    }
}
