package vn.resultpost.gateway.channel.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.xml.ws.Dispatch;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.resultpost.gateway.GatewayTestSupport;
import vn.resultpost.gateway.simulator.SimulatedOrder;
import vn.resultpost.gateway.simulator.VnpostSimulator;

/**
 * CancelResult over SOAP with a real CXF client (Dispatch on the served WSDL, WSS4J UsernameToken): before
 * pickup CANCELLED at the operator; after pickup, unknown dossier, another agency: faults with their code.
 * The simulated operator holds every order (never picks it up) unless the test pushes a pickup.
 */
@TestPropertySource(properties = "simulator.vnpost.scenario=hold")
class SoapCancelResultTest extends GatewayTestSupport {

    private static final String AGENCY = "000.00.12.H26";

    @Autowired
    VnpostSimulator vnpost;

    @Test
    void beforePickupTheResultIsCancelledAtTheOperator() throws Exception {
        String dossier = "000.00.12.H26-261201-6001";
        Dispatch<Source> client = client(SoapChannelTest.USER, SoapChannelTest.PASSWORD);
        String shipmentId = SoapChannelTest.value(call(client, SoapChannelTest.submitResult(AGENCY, dossier,
                "0912345678")), "shipmentId");
        awaitStatus(dossier, "ORDER_CREATED");

        String answer = call(client, cancel(AGENCY, dossier, "Người nộp nhận tại quầy"));

        assertThat(SoapChannelTest.value(answer, "status")).isEqualTo("CANCELLED");
        assertThat(SoapChannelTest.value(answer, "shipmentId")).isEqualTo(shipmentId);
        assertThat(view(AGENCY, dossier).path("status").asText()).isEqualTo("CANCELLED");
        String waybill = view(AGENCY, dossier).path("waybill").asText();
        assertThat(vnpost.orders()).filteredOn(o -> o.itemCode().equals(waybill))
                .extracting(SimulatedOrder::cancelled).containsExactly(true);
        assertThat(view(AGENCY, dossier).path("timeline").findValuesAsText("description"))
                .anySatisfy(d -> assertThat(d).contains("Người nộp nhận tại quầy"));
        assertThat(SoapChannelTest.value(call(client, cancel(AGENCY, dossier, null)), "status"))
                .as("cancelling twice is harmless").isEqualTo("CANCELLED");
    }

    @Test
    void afterPickupTheCancellationIsAFaultTooLateToCancel() throws Exception {
        String dossier = "000.00.12.H26-261201-6002";
        Dispatch<Source> client = client(SoapChannelTest.USER, SoapChannelTest.PASSWORD);
        call(client, SoapChannelTest.submitResult(AGENCY, dossier, "0912345678"));
        awaitStatus(dossier, "ORDER_CREATED");
        JsonNode view = view(AGENCY, dossier);
        String event = "{\"itemCode\":\"" + view.path("waybill").asText() + "\",\"orderReference\":\""
                + view.path("shipmentId").asText() + "\",\"statusCode\":\"6\",\"statusName\":\"Đã nhận hàng\","
                + "\"eventTime\":\"" + OffsetDateTime.now(ZoneOffset.ofHours(7)) + "\"}";
        assertThat(post("/api/v1/operators/vnpost/events", event).statusCode()).isEqualTo(202);
        awaitStatus(dossier, "PICKED_UP");

        assertFault(() -> call(client, cancel(AGENCY, dossier, "too late")), "too-late-to-cancel", "PICKED_UP");
        assertThat(view(AGENCY, dossier).path("status").asText()).isEqualTo("PICKED_UP");
    }

    @Test
    void anUnknownDossierIsNotFoundAndAnotherAgencysIsForbidden() throws Exception {
        Dispatch<Source> client = client(SoapChannelTest.USER, SoapChannelTest.PASSWORD);
        assertFault(() -> call(client, cancel(AGENCY, "000.00.12.H26-261201-6099", null)), "not-found", "6099");

        String dossier = "000.00.12.H26-261201-6003";
        call(client, SoapChannelTest.submitResult(AGENCY, dossier, "0912345678"));
        Dispatch<Source> cauGiay = client(SoapChannelTest.CAU_GIAY_USER, SoapChannelTest.CAU_GIAY_PASSWORD);
        assertFault(() -> call(cauGiay, cancel(AGENCY, dossier, null)), "forbidden", AGENCY);
        assertFault(() -> call(cauGiay, cancel(AGENCY, "000.00.12.H26-261201-6099", null)), "forbidden", AGENCY);
        assertThat(view(AGENCY, dossier).path("status").asText()).isNotEqualTo("CANCELLED");
    }

    private void awaitStatus(String dossier, String status) {
        await().atMost(Duration.ofSeconds(20)).until(() -> status.equals(view(AGENCY, dossier).path("status").asText()));
    }

    private static void assertFault(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code,
                                    String inMessage) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SOAPFaultException.class, e -> {
            var codes = e.getFault().getDetail().getElementsByTagNameNS(SoapChannelTest.NS, "code");
            assertThat(codes.getLength()).isEqualTo(1);
            assertThat(codes.item(0).getTextContent()).isEqualTo(code);
            assertThat(e.getFault().getFaultString()).contains(inMessage);
        });
    }

    static String cancel(String agency, String dossier, String reason) {
        return "<r:CancelResult xmlns:r=\"" + SoapChannelTest.NS + "\"><r:agencyCode>" + agency + "</r:agencyCode>"
                + "<r:dossierCode>" + dossier + "</r:dossierCode>"
                + (reason == null ? "" : "<r:reason>" + reason + "</r:reason>") + "</r:CancelResult>";
    }

    private Dispatch<Source> client(String user, String password) throws Exception {
        Service service = Service.create(URI.create(baseUrl() + "/services/results?wsdl").toURL(),
                new QName(SoapChannelTest.NS, "ResultsService"));
        Dispatch<Source> dispatch = service.createDispatch(new QName(SoapChannelTest.NS, "ResultsPort"), Source.class,
                Service.Mode.PAYLOAD);
        Map<String, Object> wss = new HashMap<>();
        wss.put(ConfigurationConstants.ACTION, ConfigurationConstants.USERNAME_TOKEN);
        wss.put(ConfigurationConstants.USER, user);
        wss.put(ConfigurationConstants.PASSWORD_TYPE, WSConstants.PW_TEXT);
        wss.put(ConfigurationConstants.ADD_USERNAMETOKEN_NONCE, "true");
        wss.put(ConfigurationConstants.ADD_USERNAMETOKEN_CREATED, "true");
        wss.put(ConfigurationConstants.PW_CALLBACK_REF, (CallbackHandler) callbacks -> {
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
