package vn.resultpost.gateway.simulator;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.util.HashMap;
import java.util.Map;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import org.apache.cxf.Bus;
import org.apache.cxf.jaxws.EndpointImpl;
import org.apache.cxf.ws.security.wss4j.WSS4JInInterceptor;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.common.ext.WSPasswordCallback;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * SIMULATOR: publishes {@link SoapOperatorSimulator} on CXF's servlet at /services/simulator/postal-operator
 * (?wsdl for the contract), with its OWN WS-Security check: a UsernameToken of the
 * {@code simulator.generic-soap} user, PasswordDigest or PasswordText. Nothing is added to the CXF bus, so
 * the gateway's inbound SOAP channel (/services/results, its own validator for dossier systems) is untouched.
 */
@Component
@ConditionalOnProperty(prefix = "simulator", name = "enabled", havingValue = "true")
@ConditionalOnProperty(prefix = "simulator", name = "standalone", havingValue = "false", matchIfMissing = true)
public class SoapOperatorSimulatorEndpoint {

    /** The address under CXF's servlet (/services/*). */
    public static final String ADDRESS = "/simulator/postal-operator";
    static final String WSDL = "classpath:wsdl/postal-operator-v1.wsdl";

    private final EndpointImpl endpoint;
    private final SoapOperatorSimulatorProperties props;

    public SoapOperatorSimulatorEndpoint(Bus bus, SoapOperatorSimulator simulator,
                                         SoapOperatorSimulatorProperties props) {
        this.endpoint = new EndpointImpl(bus, simulator);
        this.props = props;
    }

    @PostConstruct
    void publish() {
        Map<String, Object> wss = new HashMap<>();
        wss.put(ConfigurationConstants.ACTION, ConfigurationConstants.USERNAME_TOKEN);
        wss.put(ConfigurationConstants.PW_CALLBACK_REF, (CallbackHandler) this::password);
        endpoint.setWsdlLocation(WSDL);
        endpoint.getInInterceptors().add(new WSS4JInInterceptor(wss));
        endpoint.setProperties(new HashMap<>(Map.of("schema-validation-enabled", "true")));
        endpoint.publish(ADDRESS);
    }

    /** Gives WSS4J the simulator user's password (digest or text check); none for any other user. */
    private void password(Callback[] callbacks) {
        for (Callback c : callbacks) {
            if (c instanceof WSPasswordCallback pc && props.username() != null
                    && props.username().equals(pc.getIdentifier())) {
                pc.setPassword(props.password());
            }
        }
    }

    @PreDestroy
    void stop() {
        endpoint.stop();
    }
}
