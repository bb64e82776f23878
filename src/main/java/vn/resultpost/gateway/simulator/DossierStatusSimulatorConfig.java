package vn.resultpost.gateway.simulator;

import java.util.HashMap;
import java.util.Map;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.xml.namespace.QName;
import org.apache.cxf.Bus;
import org.apache.cxf.jaxws.EndpointImpl;
import org.apache.cxf.ws.security.wss4j.WSS4JInInterceptor;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.common.ext.WSPasswordCallback;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * SIMULATOR: publishes the simulated dossier system's SOAP dossier-status service on CXF's servlet at
 * {@code /services/simulator/dossier-status} (?wsdl for the contract), with its OWN WS-Security check (a
 * UsernameToken of {@code simulator.dossier-status.username}, PasswordText or PasswordDigest) and schema
 * validation on this endpoint only. Nothing is added to the CXF bus, so the gateway's inbound SOAP channel
 * ({@code /services/results}, whose validator is for dossier systems) and other simulators are untouched.
 * Not in the standalone simulator process, which runs no CXF.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "simulator", name = "enabled", havingValue = "true")
@ConditionalOnProperty(prefix = "simulator", name = "standalone", havingValue = "false", matchIfMissing = true)
public class DossierStatusSimulatorConfig {

    /** The address under CXF's servlet (/services/*). */
    public static final String ADDRESS = "/simulator/dossier-status";
    static final String WSDL = "classpath:wsdl/dossier-status-v1.wsdl";

    @Bean
    DossierStatusSimulator dossierStatusSimulator(SimulatorFaults faults, SimulatorProperties props) {
        return new DossierStatusSimulator(faults, props);
    }

    @Bean(destroyMethod = "stop")
    EndpointImpl dossierStatusSimulatorEndpoint(Bus bus, DossierStatusSimulator simulator,
                                                DossierStatusSimulatorProperties props) {
        EndpointImpl endpoint = new EndpointImpl(bus, simulator);
        endpoint.setWsdlLocation(WSDL);
        endpoint.setServiceName(new QName(DossierStatusSimulator.NS, "DossierStatusService"));
        endpoint.setEndpointName(new QName(DossierStatusSimulator.NS, "DossierStatusPort"));
        Map<String, Object> wss = new HashMap<>();
        wss.put(ConfigurationConstants.ACTION, ConfigurationConstants.USERNAME_TOKEN);
        wss.put(ConfigurationConstants.PW_CALLBACK_REF, (CallbackHandler) callbacks -> password(callbacks, props));
        endpoint.getInInterceptors().add(new WSS4JInInterceptor(wss));
        endpoint.setProperties(new HashMap<>(Map.of("schema-validation-enabled", "true")));
        endpoint.publish(ADDRESS);
        return endpoint;
    }

    /** Gives WSS4J the simulator user's password to check the token against; none for any other user. */
    private static void password(Callback[] callbacks, DossierStatusSimulatorProperties props) {
        for (Callback c : callbacks) {
            if (c instanceof WSPasswordCallback pc && props.username().equals(pc.getIdentifier())) {
                pc.setPassword(props.password());
            }
        }
    }
}
