package vn.resultpost.gateway.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.GatewayTestSupport;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.canonical.StatusReport;
import vn.resultpost.gateway.operator.soap.GenericSoapGateway;
import vn.resultpost.gateway.simulator.DossierSystemSimulator;
import vn.resultpost.gateway.simulator.SoapOperatorSimulator;
import vn.resultpost.gateway.simulator.SoapOperatorSimulator.Settings;

/**
 * The whole gateway on a random port with every result routed to generic-soap: REST in, the CXF Dispatch
 * client to the SOAP operator simulator, tracking by polling, reports to the dossier-system simulator.
 */
@GenericSoapGateway
class GenericSoapFullFlowTest extends GatewayTestSupport {

    private static final String AGENCY = "000.00.12.H26";
    private static final Duration STEP = Duration.ofMillis(250);

    @Autowired
    DossierSystemSimulator dossierSystem;

    @Autowired
    SoapOperatorSimulator operator;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void heal() {
        operator.settings(new Settings("deliver", STEP, 0, 0));
    }

    @Test
    void aResultEndsDeliveredAndEveryStatusIsReportedInOrderOnce() {
        operator.settings(new Settings("deliver", STEP, 0, 0));
        String dossier = "000.00.12.H26-261128-8001";
        assertThat(post("/api/v1/results", Fixtures.result(dossier)).statusCode()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(reports(dossier)).extracting(StatusReport::status).contains(ShipmentStatus.DELIVERED));

        assertThat(reports(dossier)).extracting(StatusReport::status).containsExactlyElementsOf(DELIVERED_LIFECYCLE);
        assertThat(reports(dossier)).extracting(StatusReport::sequence).containsExactly(1, 2, 3, 4, 5, 6);
        StatusReport last = reports(dossier).get(5);
        assertThat(last.operator()).isEqualTo("generic-soap");
        assertThat(last.waybill()).matches("GS[0-9]{9}VN");
        assertThat(last.dossierStatusCode()).isEqualTo("10");
        JsonNode view = view(AGENCY, dossier);
        String shipmentId = view.path("shipmentId").asText();
        assertThat(view.path("status").asText()).isEqualTo("DELIVERED");
        assertThat(view.path("timeline").get(5).path("operatorStatusCode").asText()).isEqualTo("DELIVERED");
        assertThat(view.path("dueDate").asText()).as("J+n set at pickup").matches("\\d{4}-\\d{2}-\\d{2}");
        // One shipment at the operator, whatever retries a slow first call (cold start) may have caused.
        assertThat(operator.shipmentsFor(shipmentId)).isEqualTo(1);
        assertThat(operator.createCallsFor(shipmentId)).isPositive();
        // Audit: each CreateShipment request (OUT) and reply (IN), as XML, masked; then what polling learnt (IN).
        List<String> out = messages(dossier, "OUT");
        assertThat(out).isNotEmpty().allSatisfy(body -> assertThat(body).startsWith("<po:CreateShipment")
                .contains(shipmentId).contains("*******678").doesNotContain("0912345678"));
        assertThat(messages(dossier, "IN")).anySatisfy(body -> assertThat(body).contains(last.waybill()));
        assertThat(jdbc.sql("select count(*) from message_log where party = 'operator:generic-soap' and waybill = ?"
                + " and direction = 'IN'").param(last.waybill()).query(Integer.class).single()).isGreaterThan(1);
        // The informational code with the longest name is recorded as such, not dead-lettered.
        assertThat(jdbc.sql("select outcome from operator_event where waybill = ? and status_code = ?")
                .params(last.waybill(), "ARRIVED_AT_DELIVERY_OFFICE").query(String.class).list())
                .containsExactly("INFORMATIONAL");
    }

    @Test
    void soapFaultsThenRecoveryDeliverWithOneShipmentAndEveryReportOnce() {
        operator.settings(new Settings("deliver", STEP, 1.0, 0));
        String dossier = "000.00.12.H26-261128-8002";
        String shipmentId = shipmentId(post("/api/v1/results", Fixtures.result(dossier)).body());

        await().atMost(Duration.ofSeconds(60)).until(() -> operator.createCallsFor(shipmentId) >= 3);
        assertThat(view(AGENCY, dossier).path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(operator.shipmentsFor(shipmentId)).isZero();

        operator.settings(new Settings("deliver", STEP, 0, 0));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(reports(dossier)).extracting(StatusReport::status).contains(ShipmentStatus.DELIVERED));
        assertThat(reports(dossier)).extracting(StatusReport::status).containsExactlyElementsOf(DELIVERED_LIFECYCLE);
        assertThat(operator.shipmentsFor(shipmentId)).isEqualTo(1);
    }

    @Test
    void aSlowReplyIsRetriedAndTheDuplicateReferenceKeepsOneShipment() {
        operator.settings(new Settings("deliver", STEP, 0, 1.0));
        String dossier = "000.00.12.H26-261128-8003";
        String shipmentId = shipmentId(post("/api/v1/results", Fixtures.result(dossier)).body());

        await().atMost(Duration.ofSeconds(60)).until(() -> operator.shipmentsFor(shipmentId) == 1);
        operator.settings(new Settings("deliver", STEP, 0, 0));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(reports(dossier)).extracting(StatusReport::status).contains(ShipmentStatus.DELIVERED));
        assertThat(reports(dossier)).extracting(StatusReport::status).containsExactlyElementsOf(DELIVERED_LIFECYCLE);
        assertThat(reports(dossier).get(1).description()).contains("already existed");
        assertThat(operator.shipmentsFor(shipmentId)).isEqualTo(1);
        assertThat(operator.createCallsFor(shipmentId)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aResultThatCannotBeDeliveredTwiceReturnsToTheAgency() {
        operator.settings(new Settings("return", STEP, 0, 0));
        String dossier = "000.00.12.H26-261128-8004";
        assertThat(post("/api/v1/results", Fixtures.result(dossier)).statusCode()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(reports(dossier))
                .extracting(StatusReport::status).contains(ShipmentStatus.RETURNED_TO_AGENCY));

        List<StatusReport> reports = reports(dossier);
        assertThat(reports).extracting(StatusReport::status).containsExactly(
                ShipmentStatus.ACCEPTED, ShipmentStatus.ORDER_CREATED, ShipmentStatus.PICKED_UP,
                ShipmentStatus.IN_TRANSIT, ShipmentStatus.OUT_FOR_DELIVERY, ShipmentStatus.DELIVERY_FAILED,
                ShipmentStatus.OUT_FOR_DELIVERY, ShipmentStatus.DELIVERY_FAILED, ShipmentStatus.RETURNING,
                ShipmentStatus.RETURNED_TO_AGENCY);
        assertThat(reports.get(reports.size() - 1).failedAttempts()).isEqualTo(2);
        assertThat(reports.get(reports.size() - 1).dossierStatusCode()).isEqualTo("9");
    }

    private List<StatusReport> reports(String dossier) {
        return dossierSystem.callbacks(AGENCY, dossier);
    }

    private List<String> messages(String dossier, String direction) {
        return jdbc.sql("select body from message_log where party = 'operator:generic-soap' and dossier_code = ?"
                + " and direction = ? order by seq").params(dossier, direction).query(String.class).list();
    }

    private static String shipmentId(String body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body).path("shipmentId").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(body, e);
        }
    }
}
