package vn.resultpost.gateway.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.GatewayTestSupport;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.canonical.StatusReport;
import vn.resultpost.gateway.simulator.DossierSystemSimulator;
import vn.resultpost.gateway.simulator.SimulatedOrder;
import vn.resultpost.gateway.simulator.SimulatorFaults;
import vn.resultpost.gateway.simulator.SimulatorFaults.Faults;
import vn.resultpost.gateway.simulator.VnpostSimulator;

/**
 * Cancelling a result before pickup (POST .../cancel): at the operator when the order exists, at the
 * gateway alone before; refused after pickup and once final; reported to the dossier system.
 * The simulated operator holds every order (never picks it up) unless the test pushes a pickup.
 */
@TestPropertySource(properties = "simulator.vnpost.scenario=hold")
class CancellationFlowTest extends GatewayTestSupport {

    private static final String AGENCY = "000.00.12.H26";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    DossierSystemSimulator dossierSystem;

    @Autowired
    VnpostSimulator vnpost;

    @Autowired
    SimulatorFaults faults;

    @AfterEach
    void heal() {
        faults.set(new Faults(0, 0, false));
    }

    @Test
    void anOrderNotPickedUpIsCancelledAtTheOperatorAndTheDossierSystemIsTold() throws Exception {
        String dossier = "000.00.12.H26-261201-0801";
        submitAndWaitFor(dossier, "ORDER_CREATED");

        HttpResponse<String> cancelled = post(cancelPath(dossier), "{\"reason\":\"Applicant collects at the desk\"}");

        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(cancelled.body()).path("status").asText()).isEqualTo("CANCELLED");
        String waybill = view(AGENCY, dossier).path("waybill").asText();
        assertThat(vnpost.orders()).filteredOn(o -> o.itemCode().equals(waybill))
                .extracting(SimulatedOrder::cancelled).containsExactly(true);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(dossierSystem.callbacks(AGENCY, dossier)).extracting(StatusReport::status)
                        .containsExactly(ShipmentStatus.ACCEPTED, ShipmentStatus.ORDER_CREATED, ShipmentStatus.CANCELLED));
        assertThat(dossierSystem.callbacks(AGENCY, dossier).get(2).description()).contains("Applicant collects");

        HttpResponse<String> again = post(cancelPath(dossier), "");
        assertThat(again.statusCode()).as("cancelling twice is harmless").isEqualTo(200);
    }

    @Test
    void afterPickupTheCancellationIsRefusedAndNothingChanges() throws Exception {
        String dossier = "000.00.12.H26-261201-0802";
        submitAndWaitFor(dossier, "ORDER_CREATED");
        JsonNode view = view(AGENCY, dossier);
        String event = "{\"itemCode\":\"" + view.path("waybill").asText() + "\",\"orderReference\":\""
                + view.path("shipmentId").asText() + "\",\"statusCode\":\"6\",\"statusName\":\"Đã nhận hàng\","
                + "\"eventTime\":\"" + OffsetDateTime.now(ZoneOffset.ofHours(7)) + "\"}";
        assertThat(post("/api/v1/operators/vnpost/events", event).statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(20)).until(() -> "PICKED_UP".equals(view(AGENCY, dossier).path("status").asText()));

        HttpResponse<String> refused = post(cancelPath(dossier), "{}");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/problem+json"));
        assertThat(JSON.readTree(refused.body()).path("type").asText()).endsWith("/too-late-to-cancel");
        assertThat(JSON.readTree(refused.body()).path("detail").asText()).contains("PICKED_UP");
        assertThat(view(AGENCY, dossier).path("status").asText()).isEqualTo("PICKED_UP");
    }

    @Test
    void beforeAnyOrderExistsTheGatewayCancelsAloneAndNoLiveOrderIsLeftAtTheOperator() throws Exception {
        faults.set(new Faults(1.0, 0, false)); // the operator is failing: the result waits as ACCEPTED
        String dossier = "000.00.12.H26-261201-0803";
        assertThat(post("/api/v1/results", Fixtures.result(dossier)).statusCode()).isEqualTo(202);
        String shipmentId = view(AGENCY, dossier).path("shipmentId").asText();

        HttpResponse<String> cancelled = post(cancelPath(dossier), "{\"reason\":\"duplicate request\"}");
        faults.set(new Faults(0, 0, false));

        assertThat(cancelled.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(dossierSystem.callbacks(AGENCY, dossier)).extracting(StatusReport::status)
                        .containsExactly(ShipmentStatus.ACCEPTED, ShipmentStatus.CANCELLED));
        // A create call already on its way may still land once the operator is back: the gateway then
        // cancels that order at once (OrphanOrders). Either way no live order is left at the operator.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(vnpost.orders())
                .filteredOn(o -> shipmentId.equals(o.request().orderReference()))
                .allMatch(SimulatedOrder::cancelled));
        assertThat(view(AGENCY, dossier).path("status").asText()).isEqualTo("CANCELLED");
        assertThat(view(AGENCY, dossier).path("reviews")).as("an orphan is cancelled, not left for review").isEmpty();
    }

    @Test
    void anUnknownResultIsNotFoundAndAnotherAgencysIsForbidden() {
        assertThat(post("/api/v1/results/" + AGENCY + "/000.00.12.H26-261201-0899/cancel", "").statusCode())
                .isEqualTo(404);
        var request = request("/api/v1/results/000.00.99.H26/X-1/cancel").header("X-API-Key", DEMO_API_KEY)
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build();
        assertThat(send(request).statusCode()).isEqualTo(403);
        assertThat(post("/api/v1/results/" + AGENCY + "/X/cancel", "[1]").statusCode()).as("bad body").isEqualTo(400);
    }

    private void submitAndWaitFor(String dossier, String status) {
        assertThat(post("/api/v1/results", Fixtures.result(dossier)).statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(20)).until(() -> status.equals(view(AGENCY, dossier).path("status").asText()));
    }

    private static String cancelPath(String dossier) {
        return "/api/v1/results/" + AGENCY + "/" + dossier + "/cancel";
    }
}
