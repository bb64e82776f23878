package vn.resultpost.gateway.channel.soap;

import java.util.HashMap;
import java.util.Map;
import javax.xml.namespace.QName;
import org.apache.camel.component.cxf.jaxws.CxfConfigurer;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.frontend.AbstractWSDLBasedEndpointFactory;
import org.apache.cxf.ws.security.wss4j.WSS4JInInterceptor;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.dom.WSConstants;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.resultpost.gateway.security.SecurityProperties;

/**
 * The SOAP channel's CXF endpoint set-up (referenced from routes/inbound/soap-results.camel.yaml as
 * {@code cxfConfigurer=#soapResultsConfigurer}): WS-Security UsernameToken required on every call, and
 * tight StAX limits on every message (DTDs and external entities are refused by CXF's StAX reader).
 */
@Configuration(proxyBeanMethods = false)
public class SoapChannelConfig {

    @Bean
    CxfConfigurer soapResultsConfigurer(SecurityProperties props) {
        return new CxfConfigurer() {
            @Override
            public void configure(AbstractWSDLBasedEndpointFactory factory) {
                Map<String, Object> wss = new HashMap<>();
                wss.put(ConfigurationConstants.ACTION, ConfigurationConstants.USERNAME_TOKEN);
                wss.put(ConfigurationConstants.PASSWORD_TYPE, WSConstants.PW_TEXT);
                Map<QName, Object> validators = new HashMap<>();
                validators.put(WSConstants.USERNAME_TOKEN, new SoapUsernameTokenValidator(props.soapClients()));
                wss.put(WSS4JInInterceptor.VALIDATOR_MAP, validators);
                factory.getInInterceptors().add(new WSS4JInInterceptor(wss));
                factory.getOutFaultInterceptors().add(new SchemaFaultDetailInterceptor(new SchemaViolations("/wsdl/results-v1.wsdl")));

                Map<String, Object> properties = factory.getProperties() == null ? new HashMap<>()
                        : new HashMap<>(factory.getProperties());
                properties.put("schema-validation-enabled", "true");
                // XML bounds (CXF StaxUtils): depth, children, attributes, text and element count.
                properties.put("org.apache.cxf.stax.maxElementDepth", 32);
                properties.put("org.apache.cxf.stax.maxChildElements", 1000);
                properties.put("org.apache.cxf.stax.maxAttributeCount", 100);
                properties.put("org.apache.cxf.stax.maxAttributeSize", 4096);
                properties.put("org.apache.cxf.stax.maxTextLength", 65536);
                properties.put("org.apache.cxf.stax.maxElementCount", 20000);
                factory.setProperties(properties);
            }

            @Override
            public void configureClient(Client client) {
            }

            @Override
            public void configureServer(Server server) {
            }
        };
    }
}
