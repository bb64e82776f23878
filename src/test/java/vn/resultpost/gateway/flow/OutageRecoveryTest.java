package vn.resultpost.gateway.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.GatewayTestSupport;
import vn.resultpost.gateway.canonical.StatusReport;
import vn.resultpost.gateway.simulator.DossierSystemSimulator;
import vn.resultpost.gateway.simulator.SimulatorFaults;
import vn.resultpost.gateway.simulator.SimulatorFaults.Faults;
import vn.resultpost.gateway.simulator.VnpostSimulator;

/** Outages of the operator and of the dossier system: nothing lost, nothing duplicated, order kept. */
@TestPropertySource(properties = "simulator.vnpost.scenario=deliver")
class OutageRecoveryTest extends GatewayTestSupport {

    private static final String AGENCY = "000.00.12.H26";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    SimulatorFaults faults;

    @Autowired
    DossierSystemSimulator dossierSystem;

    @Autowired
    VnpostSimulator vnpost;

    @AfterEach
    void healEverything() {
        faults.set(new Faults(0, 0, false));
    }

    @Test
    void operatorOutageThenRecoveryDeliversEveryResultOnce() throws Exception {
        faults.set(new Faults(1.0, 0, false));
        int failedBefore = vnpost.stats().failedCalls();
        List<String> dossiers = IntStream.rangeClosed(1, 3).mapToObj(i -> "000.00.12.H26-261128-03" + i).toList();
        dossiers.forEach(d -> assertThat(post("/api/v1/results", Fixtures.result(d)).statusCode()).isEqualTo(202));

        // Retried during the outage (within each try, and by redelivery) until the circuit breaker opens.
        await().atMost(Duration.ofSeconds(30)).until(() -> vnpost.stats().failedCalls() - failedBefore >= 6);
        for (String d : dossiers) {
            assertThat(status(d)).isEqualTo("ACCEPTED");
        }

        faults.set(new Faults(0, 0, false));
        for (String d : dossiers) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(dossierSystem.callbacks(AGENCY, d)).extracting(StatusReport::status)
                            .containsExactlyElementsOf(DELIVERED_LIFECYCLE));
            assertThat(vnpost.ordersFor(shipmentId(d))).isEqualTo(1);
        }
    }

    @Test
    void lostOperatorReplyIsRecoveredAsDuplicateWithOneOrder() throws Exception {
        faults.set(new Faults(0, 1.0, false));
        String dossier = "000.00.12.H26-261128-0401";
        assertThat(post("/api/v1/results", Fixtures.result(dossier)).statusCode()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(dossierSystem.callbacks(AGENCY, dossier)).extracting(StatusReport::status)
                        .containsExactlyElementsOf(DELIVERED_LIFECYCLE));
        assertThat(vnpost.ordersFor(shipmentId(dossier))).isEqualTo(1);
        assertThat(vnpost.createCallsFor(shipmentId(dossier))).as("the retry after the lost reply").isEqualTo(2);
        assertThat(dossierSystem.callbacks(AGENCY, dossier).get(1).description()).contains("already existed");
    }

    @Test
    void dossierSystemDownThenUpReceivesEveryStatusInOrderOnce() throws Exception {
        faults.set(new Faults(0, 0, true));
        String dossier = "000.00.12.H26-261128-0501";
        assertThat(post("/api/v1/results", Fixtures.result(dossier)).statusCode()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(30)).until(() -> "DELIVERED".equals(status(dossier)));
        assertThat(dossierSystem.callbacks(AGENCY, dossier)).isEmpty();
        JsonNode timeline = view(AGENCY, dossier).path("timeline");
        timeline.forEach(e -> assertThat(e.path("reportState").asText()).isEqualTo("PENDING"));

        faults.set(new Faults(0, 0, false));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(dossierSystem.callbacks(AGENCY, dossier)).extracting(StatusReport::status)
                        .containsExactlyElementsOf(DELIVERED_LIFECYCLE));
        assertThat(dossierSystem.callbacks(AGENCY, dossier)).extracting(StatusReport::sequence)
                .containsExactly(1, 2, 3, 4, 5, 6);
    }

    private String status(String dossier) {
        return view(AGENCY, dossier).path("status").asText();
    }

    private String shipmentId(String dossier) {
        return view(AGENCY, dossier).path("shipmentId").asText();
    }
}
