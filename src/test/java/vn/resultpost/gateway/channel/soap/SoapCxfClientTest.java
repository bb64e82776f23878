package vn.resultpost.gateway.channel.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.xml.ws.Dispatch;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import javax.security.auth.callback.Callback;
import javax.xml.namespace.QName;
import javax.xml.transform.Source;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import org.apache.cxf.jaxws.DispatchImpl;
import org.apache.cxf.ws.security.wss4j.WSS4JOutInterceptor;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.common.ext.WSPasswordCallback;
import org.apache.wss4j.dom.WSConstants;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import vn.resultpost.gateway.GatewayTestSupport;

/**
 * A real CXF JAX-WS client built from the served WSDL (Dispatch in PAYLOAD mode), signing in with a
 * WSS4J UsernameToken as a dossier system's SOAP stack would (with Nonce and Created).
 */
@TestPropertySource(properties = "simulator.vnpost.scenario=deliver")
class SoapCxfClientTest extends GatewayTestSupport {

    private static final QName SERVICE = new QName(SoapChannelTest.NS, "ResultsService");
    private static final QName PORT = new QName(SoapChannelTest.NS, "ResultsPort");

    @Test
    void aCxfClientSubmitsAndReads() throws Exception {
        String dossier = "000.00.12.H26-261128-5101";
        Dispatch<Source> client = client(SoapChannelTest.USER, SoapChannelTest.PASSWORD);
        String answer = call(client, SoapChannelTest.submitResult("000.00.12.H26", dossier, "0912345678"));
        assertThat(SoapChannelTest.value(answer, "outcome")).isEqualTo("CREATED");
        String status = call(client, SoapChannelTest.getStatus("000.00.12.H26", dossier));
        assertThat(SoapChannelTest.value(status, "shipmentId")).isEqualTo(SoapChannelTest.value(answer, "shipmentId"));
    }

    @Test
    void aCxfClientGetsFaultsWithTheirDetail() throws Exception {
        Dispatch<Source> client = client(SoapChannelTest.USER, SoapChannelTest.PASSWORD);
        assertThatThrownBy(() -> call(client, SoapChannelTest.submitResult("000.00.12.H26",
                "000.00.12.H26-261128-5102", "12345")))
                .isInstanceOfSatisfying(SOAPFaultException.class, e -> assertThat(
                        e.getFault().getDetail().getTextContent()).contains("invalid-result", "applicant.phone"));
        Dispatch<Source> wrong = client(SoapChannelTest.USER, "not-the-password");
        assertThatThrownBy(() -> call(wrong, SoapChannelTest.getStatus("000.00.12.H26", "X")))
                .isInstanceOf(SOAPFaultException.class);
    }

    private Dispatch<Source> client(String user, String password) throws Exception {
        Service service = Service.create(URI.create(baseUrl() + "/services/results?wsdl").toURL(), SERVICE);
        Dispatch<Source> dispatch = service.createDispatch(PORT, Source.class, Service.Mode.PAYLOAD);
        Map<String, Object> wss = new HashMap<>();
        wss.put(ConfigurationConstants.ACTION, ConfigurationConstants.USERNAME_TOKEN);
        wss.put(ConfigurationConstants.USER, user);
        wss.put(ConfigurationConstants.PASSWORD_TYPE, WSConstants.PW_TEXT);
        wss.put(ConfigurationConstants.ADD_USERNAMETOKEN_NONCE, "true");
        wss.put(ConfigurationConstants.ADD_USERNAMETOKEN_CREATED, "true");
        wss.put(ConfigurationConstants.PW_CALLBACK_REF, (javax.security.auth.callback.CallbackHandler) callbacks -> {
            for (Callback c : callbacks) {
                if (c instanceof WSPasswordCallback pc) {
                    pc.setPassword(password);
                }
            }
        });
        ((DispatchImpl<?>) dispatch).getClient().getOutInterceptors().add(new WSS4JOutInterceptor(wss));
        return dispatch;
    }

    private static String call(Dispatch<Source> client, String payload) throws Exception {
        Source answer = client.invoke(new StreamSource(new StringReader(payload)));
        StringWriter out = new StringWriter();
        TransformerFactory.newInstance().newTransformer().transform(answer, new StreamResult(out));
        return out.toString();
    }
}
