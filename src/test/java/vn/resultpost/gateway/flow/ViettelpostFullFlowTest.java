package vn.resultpost.gateway.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.GatewayTestSupport;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.canonical.StatusReport;
import vn.resultpost.gateway.simulator.DossierSystemSimulator;
import vn.resultpost.gateway.simulator.ViettelpostSimulator;
import vn.resultpost.gateway.simulator.ViettelpostSimulatorFaults;
import vn.resultpost.gateway.simulator.ViettelpostSimulatorFaults.Faults;
import vn.resultpost.gateway.simulator.ViettelpostSimulatorScript;

/**
 * The whole flow with every result routed to Viettel Post: REST in, the Viettel Post simulator (token login,
 * createOrder, events pushed with the TOKEN in the body), reports to the dossier-system simulator.
 */
@TestPropertySource(properties = {
        "gateway.routing.file=src/test/resources/routing/viettelpost.yml",
        "simulator.viettelpost.scenario=deliver",
        "simulator.viettelpost.step-delay=100ms",
        "gateway.operators.viettelpost.read-timeout=1s",
        "simulator.viettelpost.timeout-delay=2s"})
class ViettelpostFullFlowTest extends GatewayTestSupport {

    private static final String AGENCY = "000.00.12.H26";
    private static final String EVENTS = "/api/v1/operators/viettelpost/events";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    DossierSystemSimulator dossierSystem;

    @Autowired
    ViettelpostSimulator viettel;

    @Autowired
    ViettelpostSimulatorScript script;

    @Autowired
    ViettelpostSimulatorFaults faults;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void heal() {
        faults.set(new Faults(0, 0));
        script.useScenario(null);
    }

    @Test
    void deliveredResultReportsEveryStatusInOrderWithViettelsWaybill() throws Exception {
        String dossier = "000.00.12.H26-261128-7001";
        String shipment = submit(dossier);

        List<StatusReport> reports = awaitFinal(dossier, ShipmentStatus.DELIVERED);

        assertThat(reports).extracting(StatusReport::status).containsExactlyElementsOf(DELIVERED_LIFECYCLE);
        assertThat(reports).extracting(StatusReport::sequence).containsExactly(1, 2, 3, 4, 5, 6);
        String waybill = viettel.orders().byReference(shipment).waybill();
        assertThat(waybill).matches("\\d{11}");
        StatusReport last = reports.get(5);
        assertThat(last.waybill()).isEqualTo(waybill);
        assertThat(last.operator()).isEqualTo("viettelpost");
        assertThat(last.operatorStatusCode()).isEqualTo("501");
        assertThat(last.dossierStatusCode()).isEqualTo("10");
        assertThat(reports.get(2).operatorStatusCode()).as("picked up by the courier").isEqualTo("105");
        assertThat(viettel.orders().createCallsFor(shipment)).isEqualTo(1);
        assertThat(view(AGENCY, dossier).path("status").asText()).isEqualTo("DELIVERED");
        assertThat(view(AGENCY, dossier).path("waybill").asText()).isEqualTo(waybill);
        assertThat(viettel.orders().byReference(shipment).request().receiverWard())
                .as("the fixture's ward 00004 in Viettel's id (config/operators/locations/viettelpost.yml)").isEqualTo(9001);
    }

    @Test
    void webhookWithAWrongOrMissingTokenIsRefusedAndNothingOfItIsApplied() throws Exception {
        String dossier = "000.00.12.H26-261128-7002";
        String shipment = submit(dossier);
        await().atMost(Duration.ofSeconds(30)).until(() -> viettel.orders().byReference(shipment) != null);
        String waybill = viettel.orders().byReference(shipment).waybill();
        String forged = "{\"DATA\":{\"ORDER_NUMBER\":\"" + waybill + "\",\"ORDER_REFERENCE\":\"" + shipment
                + "\",\"ORDER_STATUSDATE\":\"01/01/2030 08:00:00\",\"ORDER_STATUS\":503,\"STATUS_NAME\":\"Hủy\"}";

        assertThat(webhook(forged + ",\"TOKEN\":\"guessed-token\"}").statusCode()).isEqualTo(401);
        assertThat(webhook(forged + "}").statusCode()).isEqualTo(401);

        List<StatusReport> reports = awaitFinal(dossier, ShipmentStatus.DELIVERED);
        assertThat(reports).extracting(StatusReport::status).containsExactlyElementsOf(DELIVERED_LIFECYCLE);
        assertThat(events(waybill, "503")).as("the forged cancellation was never taken in").isZero();
        assertThat(events(waybill, "501")).as("the simulator's own events, with the right TOKEN, were").isEqualTo(1);
    }

    @Test
    void resultThatCannotBeDeliveredTwiceReturnsToTheAgency() {
        script.useScenario("return");
        String dossier = "000.00.12.H26-261128-7003";
        submit(dossier);

        List<StatusReport> reports = awaitFinal(dossier, ShipmentStatus.RETURNED_TO_AGENCY);

        assertThat(reports).extracting(StatusReport::status).containsExactly(
                ShipmentStatus.ACCEPTED, ShipmentStatus.ORDER_CREATED, ShipmentStatus.PICKED_UP,
                ShipmentStatus.IN_TRANSIT, ShipmentStatus.OUT_FOR_DELIVERY, ShipmentStatus.DELIVERY_FAILED,
                ShipmentStatus.OUT_FOR_DELIVERY, ShipmentStatus.DELIVERY_FAILED, ShipmentStatus.RETURNING,
                ShipmentStatus.RETURNED_TO_AGENCY);
        assertThat(reports).extracting(StatusReport::operatorStatusCode)
                .containsExactly(null, null, "105", "300", "500", "506", "550", "507", "505", "504");
        assertThat(reports.get(reports.size() - 1).failedAttempts()).isEqualTo(2);
        assertThat(reports.get(reports.size() - 1).dossierStatusCode()).isEqualTo("9");
    }

    @Test
    void viettelOutageThenRecoveryCreatesOneOrderAndDelivers() {
        faults.set(new Faults(1.0, 0));
        String dossier = "000.00.12.H26-261128-7004";
        String shipment = submit(dossier);

        await().atMost(Duration.ofSeconds(30)).until(() -> viettel.orders().createCallsFor(shipment) >= 2);
        assertThat(viettel.orders().ordersFor(shipment)).isZero();
        assertThat(view(AGENCY, dossier).path("status").asText()).isEqualTo("ACCEPTED");
        faults.set(new Faults(0, 0));

        assertThat(awaitFinal(dossier, ShipmentStatus.DELIVERED)).extracting(StatusReport::status)
                .containsExactlyElementsOf(DELIVERED_LIFECYCLE);
        assertThat(viettel.orders().ordersFor(shipment)).isEqualTo(1);
    }

    @Test
    void replyLostToATimeoutIsRecoveredAsDuplicateWithOneOrder() {
        faults.set(new Faults(0, 1.0));
        String dossier = "000.00.12.H26-261128-7005";
        String shipment = submit(dossier);

        assertThat(awaitFinal(dossier, ShipmentStatus.DELIVERED)).extracting(StatusReport::status)
                .containsExactlyElementsOf(DELIVERED_LIFECYCLE);
        assertThat(viettel.orders().createCallsFor(shipment)).as("the create was repeated").isGreaterThanOrEqualTo(2);
        assertThat(viettel.orders().ordersFor(shipment)).isEqualTo(1);
        assertThat(viettel.stats().duplicateCalls()).isGreaterThanOrEqualTo(1);
        assertThat(view(AGENCY, dossier).path("waybill").asText())
                .isEqualTo(viettel.orders().byReference(shipment).waybill());
    }

    private String submit(String dossier) {
        HttpResponse<String> accepted = post("/api/v1/results", Fixtures.result(dossier));
        assertThat(accepted.statusCode()).isEqualTo(202);
        try {
            return JSON.readTree(accepted.body()).path("shipmentId").asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<StatusReport> awaitFinal(String dossier, ShipmentStatus last) {
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() ->
                assertThat(dossierSystem.callbacks(AGENCY, dossier)).extracting(StatusReport::status).contains(last));
        return dossierSystem.callbacks(AGENCY, dossier);
    }

    private HttpResponse<String> webhook(String body) {
        return send(request(EVENTS).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private int events(String waybill, String code) {
        return jdbc.sql("select count(*) from operator_event where operator_code = 'viettelpost' and waybill = ? "
                + "and status_code = ?").param(waybill).param(code).query(Integer.class).single();
    }
}
