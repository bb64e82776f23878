package vn.resultpost.gateway.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.GatewayTestSupport;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.canonical.StatusReport;
import vn.resultpost.gateway.simulator.DossierSystemSimulator;
import vn.resultpost.gateway.simulator.LgspVnpostSimulator;
import vn.resultpost.gateway.simulator.LgspVnpostSimulator.Behaviour;

/**
 * The whole flow routed to VNPost's HCC channel: REST in, the LGSP simulator (OAuth2 tokens that expire
 * within the test, one service endpoint), tracking by polling, reports to the dossier simulator.
 */
@TestPropertySource(properties = {
        "gateway.routing.file=src/test/resources/routing/vnpost-hcc.yml",
        "gateway.tracking.tick=200ms",
        "gateway.tracking.first-poll=200ms",
        "gateway.tracking.interval=300ms",
        "simulator.vnpost-hcc.step-delay=300ms",
        "simulator.vnpost-hcc.scenario=deliver",
        "simulator.vnpost-hcc.token-lifetime=2s",
        "gateway.operators.vnpost-hcc.token-refresh-margin=500ms",
        "gateway.operator-resilience.operators.vnpost-hcc.open-for=1s",
        "gateway.operator-resilience.operators.vnpost-hcc.deferral=1s"})
class VnpostHccFullFlowTest extends GatewayTestSupport {

    private static final String AGENCY = "000.00.12.H26";

    @Autowired
    DossierSystemSimulator dossierSystem;

    @Autowired
    LgspVnpostSimulator lgsp;

    @AfterEach
    void healEverything() {
        lgsp.behaviour(new Behaviour("deliver", 0, 0));
    }

    @Test
    void resultRoutedToHccEndsDeliveredAndEveryStatusIsReportedInOrderOnce() {
        String dossier = "000.00.12.H26-261128-7001";
        assertThat(post("/api/v1/results", Fixtures.result(dossier)).statusCode()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(reports(dossier))
                .extracting(StatusReport::status).contains(ShipmentStatus.DELIVERED));
        // Polls go on after delivery is reported (until the shipment is closed): nothing is reported twice.
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(reports(dossier)).hasSize(6));

        List<StatusReport> reports = reports(dossier);
        assertThat(reports).extracting(StatusReport::status).containsExactlyElementsOf(DELIVERED_LIFECYCLE);
        assertThat(reports).extracting(StatusReport::sequence).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(reports).extracting(StatusReport::operator).containsOnly("vnpost-hcc");
        assertThat(reports.subList(2, 6)).extracting(StatusReport::operatorStatusCode)
                .containsExactly("6", "10", "12", "14");
        StatusReport last = reports.get(5);
        assertThat(last.dossierStatusCode()).isEqualTo("10");
        assertThat(last.waybill()).matches("EB[0-9]{9}VN");

        JsonNode view = view(AGENCY, dossier);
        assertThat(view.path("status").asText()).isEqualTo("DELIVERED");
        assertThat(view.path("operator").asText()).isEqualTo("vnpost-hcc");
        assertThat(view.path("waybill").asText()).isEqualTo(last.waybill());
        String shipmentId = view.path("shipmentId").asText();
        assertThat(lgsp.ordersFor(shipmentId)).isEqualTo(1);
        assertThat(lgsp.createCallsFor(shipmentId)).isEqualTo(1);
        assertThat(lgsp.order(shipmentId).request().receiverDistrict()).isEqualTo("001");
        assertThat(lgsp.order(shipmentId).request().receiverWard2025()).isEqualTo("00004");
    }

    @Test
    void resultThatCannotBeDeliveredTwiceReturnsToTheAgencyWithTheAttemptsCounted() {
        lgsp.behaviour(new Behaviour("return", 0, 0));
        String dossier = "000.00.12.H26-261128-7002";
        assertThat(post("/api/v1/results", Fixtures.result(dossier)).statusCode()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> assertThat(reports(dossier))
                .extracting(StatusReport::status).contains(ShipmentStatus.RETURNED_TO_AGENCY));

        List<StatusReport> reports = reports(dossier);
        assertThat(reports).extracting(StatusReport::status).containsExactly(
                ShipmentStatus.ACCEPTED, ShipmentStatus.ORDER_CREATED, ShipmentStatus.PICKED_UP,
                ShipmentStatus.IN_TRANSIT, ShipmentStatus.OUT_FOR_DELIVERY, ShipmentStatus.DELIVERY_FAILED,
                ShipmentStatus.OUT_FOR_DELIVERY, ShipmentStatus.DELIVERY_FAILED, ShipmentStatus.RETURNING,
                ShipmentStatus.RETURNED_TO_AGENCY);
        StatusReport last = reports.get(reports.size() - 1);
        assertThat(last.failedAttempts()).isEqualTo(2);
        assertThat(last.dossierStatusCode()).isEqualTo("9");
        assertThat(lgsp.stats().tokensIssued()).as("2 s tokens were renewed while the order was polled")
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void lgspOutageThenRecoveryCreatesOneOrderAndReportsEveryStatusOnce() {
        lgsp.behaviour(new Behaviour("deliver", 1.0, 0));
        int failedBefore = lgsp.stats().failedCalls();
        String dossier = "000.00.12.H26-261128-7003";
        assertThat(post("/api/v1/results", Fixtures.result(dossier)).statusCode()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(30)).until(() -> lgsp.stats().failedCalls() >= failedBefore + 6);
        assertThat(view(AGENCY, dossier).path("status").asText()).isEqualTo("ACCEPTED");

        lgsp.behaviour(new Behaviour("deliver", 0, 0));
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> assertThat(reports(dossier))
                .extracting(StatusReport::status).containsExactlyElementsOf(DELIVERED_LIFECYCLE));
        String shipmentId = view(AGENCY, dossier).path("shipmentId").asText();
        assertThat(lgsp.ordersFor(shipmentId)).isEqualTo(1);
        assertThat(lgsp.createCallsFor(shipmentId)).as("503s never reach the order book").isEqualTo(1);
    }

    private List<StatusReport> reports(String dossier) {
        return dossierSystem.callbacks(AGENCY, dossier);
    }
}
