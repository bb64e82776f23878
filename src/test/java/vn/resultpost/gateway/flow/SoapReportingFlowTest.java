package vn.resultpost.gateway.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.xml.ws.Dispatch;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.xml.namespace.QName;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import org.apache.cxf.jaxws.DispatchImpl;
import org.apache.cxf.ws.security.wss4j.WSS4JOutInterceptor;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.common.ext.WSPasswordCallback;
import org.apache.wss4j.dom.WSConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.GatewayTestSupport;
import vn.resultpost.gateway.canonical.StatusReport;
import vn.resultpost.gateway.channel.soap.SoapChannelTest;
import vn.resultpost.gateway.reporting.soap.StatusReportSoapMapper;
import vn.resultpost.gateway.simulator.DossierStatusSimulator;
import vn.resultpost.gateway.simulator.DossierSystemSimulator;
import vn.resultpost.gateway.simulator.SimulatorFaults;
import vn.resultpost.gateway.simulator.SimulatorFaults.Faults;

/**
 * Reporting by SOAP callback, end to end: agency 000.00.15.H26 reports to the simulated dossier system's
 * dossier-status service (a real CXF endpoint with its own WS-Security check), while 000.00.12.H26 keeps
 * its REST callback; an outage of the service holds the reports, which all arrive in order afterwards.
 */
@TestPropertySource(properties = {
        "simulator.vnpost.scenario=deliver",
        "gateway.agencies[000.00.15.H26].reporting.channel=SOAP",
        "gateway.agencies[000.00.15.H26].reporting.url=http://localhost:${server.port}/services/simulator/dossier-status"})
class SoapReportingFlowTest extends GatewayTestSupport {

    private static final String SOAP_AGENCY = "000.00.15.H26";
    private static final String REST_AGENCY = "000.00.12.H26";

    @Autowired
    DossierStatusSimulator soapDossierSystem;

    @Autowired
    DossierSystemSimulator restDossierSystem;

    @Autowired
    SimulatorFaults faults;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void heal() {
        faults.set(new Faults(0, 0, false));
    }

    @Test
    void everyStatusOfADeliveredResultIsReceivedOverSoapInOrderOnceWhileOtherAgenciesKeepRest() {
        String soapDossier = "000.00.15.H26-261128-2001";
        String restDossier = "000.00.12.H26-261128-2001";
        assertThat(post("/api/v1/results", resultOf(SOAP_AGENCY, soapDossier)).statusCode()).isEqualTo(202);
        assertThat(post("/api/v1/results", Fixtures.result(restDossier)).statusCode()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(soapDossierSystem.reports(SOAP_AGENCY, soapDossier)).extracting(StatusReport::status)
                        .containsExactlyElementsOf(DELIVERED_LIFECYCLE));
        List<StatusReport> reports = soapDossierSystem.reports(SOAP_AGENCY, soapDossier);
        assertThat(reports).extracting(StatusReport::sequence).containsExactly(1, 2, 3, 4, 5, 6);
        StatusReport last = reports.get(5);
        assertThat(last.dossierStatusCode()).isEqualTo("10");
        assertThat(last.waybill()).matches("EB[0-9]{9}VN");
        assertThat(last.operatorStatusCode()).isEqualTo("14");
        assertThat(last.dueDate()).as("J+n set at pickup").isNotNull();
        assertThat(reports).allSatisfy(r -> assertThat(r.shipmentId()).isEqualTo(reports.get(0).shipmentId()));
        assertThat(restDossierSystem.callbacks(SOAP_AGENCY, soapDossier)).as("no REST callback").isEmpty();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(restDossierSystem.callbacks(REST_AGENCY, restDossier)).extracting(StatusReport::status)
                        .containsExactlyElementsOf(DELIVERED_LIFECYCLE));
        assertThat(soapDossierSystem.reports(REST_AGENCY, restDossier)).as("no SOAP call").isEmpty();

        await().atMost(Duration.ofSeconds(10)).until(() -> view(SOAP_AGENCY, soapDossier).path("timeline")
                .findValuesAsText("reportState").stream().allMatch("REPORTED"::equals));
        // Audit: each report recorded OUT as the ReportStatus payload that was sent.
        List<String> out = jdbc.sql("select body from message_log where dossier_code = ? and direction = 'OUT'"
                + " and party = ? order by seq").params(soapDossier, "dossier-system:" + SOAP_AGENCY)
                .query(String.class).list();
        assertThat(out).hasSize(6).allSatisfy(b -> assertThat(b).contains("ReportStatus", StatusReportSoapMapper.NS));
    }

    @Test
    void aSoapOutageHoldsTheReportsAndRecoveryDeliversEachInOrderOnce() {
        faults.set(new Faults(0, 0, true));
        String dossier = "000.00.15.H26-261128-2002";
        assertThat(post("/api/v1/results", resultOf(SOAP_AGENCY, dossier)).statusCode()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(30)).until(() -> "DELIVERED".equals(view(SOAP_AGENCY, dossier).path("status").asText()));
        assertThat(soapDossierSystem.reports(SOAP_AGENCY, dossier)).isEmpty();
        view(SOAP_AGENCY, dossier).path("timeline").forEach(e -> assertThat(e.path("reportState").asText()).isEqualTo("PENDING"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql(
                "select e.report_error from shipment_event e join shipment s on s.id = e.shipment_id"
                        + " where s.dossier_code = ? and e.seq = 1").param(dossier).query(String.class).single())
                .contains("did not accept report #1 over SOAP", "unavailable"));

        faults.set(new Faults(0, 0, false));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(soapDossierSystem.reports(SOAP_AGENCY, dossier)).extracting(StatusReport::status)
                        .containsExactlyElementsOf(DELIVERED_LIFECYCLE));
        assertThat(soapDossierSystem.reports(SOAP_AGENCY, dossier)).extracting(StatusReport::sequence)
                .containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void theSimulatorsWsSecurityAndTheInboundChannelsAreSeparate() throws Exception {
        String report = StatusReportSoapMapper.toPayload(new StatusReport(SOAP_AGENCY, "000.00.15.H26-261128-2099",
                "s-2099", 1, vn.resultpost.gateway.canonical.ShipmentStatus.ACCEPTED, "9", "vnpost", null, null, null, 0,
                java.time.Instant.parse("2026-11-28T01:00:00Z"), null));
        // The gateway's reporting user is accepted by the simulated dossier system, a wrong password is not ...
        assertThat(call(dossierStatus("demo-gateway-reporter", "demo-only-dossier-status"), report)).contains("RECEIVED");
        assertThat(call(dossierStatus("demo-gateway-reporter", "demo-only-dossier-status"), report)).contains("DUPLICATE");
        assertThatThrownBy(() -> call(dossierStatus("demo-gateway-reporter", "wrong"), report))
                .isInstanceOf(SOAPFaultException.class);
        // ... nor a dossier system's SOAP user (that is the inbound channel's) ...
        assertThatThrownBy(() -> call(dossierStatus(SoapChannelTest.USER, SoapChannelTest.PASSWORD), report))
                .isInstanceOf(SOAPFaultException.class);
        // ... and the inbound channel still takes its own users only.
        var inbound = send(request("/services/results").header("Content-Type", "text/xml; charset=UTF-8")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(SoapChannelTest.envelope(
                        "demo-gateway-reporter", "demo-only-dossier-status",
                        SoapChannelTest.submitResult(SOAP_AGENCY, "000.00.15.H26-261128-2098", "0912345678")))).build());
        assertThat(inbound.body()).contains("Fault").doesNotContain("shipmentId");
        assertThat(send(request("/services/simulator/dossier-status?wsdl").GET().build()).body())
                .contains("urn:resultpost:dossier-status:v1", "ReportStatus");
    }

    private static String resultOf(String agency, String dossier) {
        return Fixtures.result(dossier).replace("\"agencyCode\": \"000.00.12.H26\"", "\"agencyCode\": \"" + agency + "\"");
    }

    private Dispatch<Source> dossierStatus(String user, String password) throws Exception {
        QName service = new QName(StatusReportSoapMapper.NS, "DossierStatusService");
        Dispatch<Source> dispatch = Service.create(URI.create(baseUrl() + "/services/simulator/dossier-status?wsdl")
                .toURL(), service).createDispatch(new QName(StatusReportSoapMapper.NS, "DossierStatusPort"),
                Source.class, Service.Mode.PAYLOAD);
        Map<String, Object> wss = new HashMap<>();
        wss.put(ConfigurationConstants.ACTION, ConfigurationConstants.USERNAME_TOKEN);
        wss.put(ConfigurationConstants.USER, user);
        wss.put(ConfigurationConstants.PASSWORD_TYPE, WSConstants.PW_DIGEST);
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

    private static String call(Dispatch<Source> dispatch, String payload) throws Exception {
        Source answer = dispatch.invoke(new StreamSource(new StringReader(payload)));
        var out = new java.io.StringWriter();
        javax.xml.transform.TransformerFactory.newInstance().newTransformer()
                .transform(answer, new javax.xml.transform.stream.StreamResult(out));
        return out.toString();
    }
}
