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

/**
 * An operator outage opens the operator's circuit: the gateway stops calling it, orders wait (deferred,
 * not dead-lettered), and when the operator is back every result is delivered once.
 */
@TestPropertySource(properties = {"simulator.vnpost.scenario=deliver",
        "gateway.operator-resilience.operators.vnpost.sliding-window=4",
        "gateway.operator-resilience.operators.vnpost.minimum-calls=4",
        "gateway.operator-resilience.operators.vnpost.open-for=4s",
        "gateway.operator-resilience.operators.vnpost.deferral=500ms"})
class CircuitBreakerFlowTest extends GatewayTestSupport {

    private static final String AGENCY = "000.00.12.H26";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    SimulatorFaults faults;

    @Autowired
    DossierSystemSimulator dossierSystem;

    @Autowired
    VnpostSimulator vnpost;

    @AfterEach
    void heal() {
        faults.set(new Faults(0, 0, false));
    }

    @Test
    void anOutageOpensTheCircuitOrdersWaitWithoutDeadLettersAndAllGoThroughAfterwards() throws Exception {
        faults.set(new Faults(1.0, 0, false));
        List<String> dossiers = IntStream.rangeClosed(1, 4).mapToObj(i -> "000.00.12.H26-261201-070" + i).toList();
        dossiers.forEach(d -> assertThat(post("/api/v1/results", Fixtures.result(d)).statusCode()).isEqualTo(202));

        await().atMost(Duration.ofSeconds(30)).until(() -> "OPEN".equals(vnpostHealth().path("circuit").asText()));
        int callsWhenOpened = vnpost.createCalls();
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3))
                .until(() -> vnpost.createCalls() == callsWhenOpened);
        await().atMost(Duration.ofSeconds(10)).until(() -> vnpostHealth().path("notPermittedCalls").asLong() > 0);
        for (String d : dossiers) {
            assertThat(view(AGENCY, d).path("status").asText()).isEqualTo("ACCEPTED");
        }

        faults.set(new Faults(0, 0, false));
        for (String d : dossiers) {
            await().atMost(Duration.ofSeconds(40)).untilAsserted(() ->
                    assertThat(dossierSystem.callbacks(AGENCY, d)).extracting(StatusReport::status)
                            .containsExactlyElementsOf(DELIVERED_LIFECYCLE));
            assertThat(vnpost.ordersFor(view(AGENCY, d).path("shipmentId").asText())).isEqualTo(1);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> "CLOSED".equals(vnpostHealth().path("circuit").asText()));
        JsonNode deadLetters = JSON.readTree(get("/api/v1/admin/dead-letters").body());
        assertThat(deadLetters.path("count").asInt()).as("no order dead-lettered by the outage").isZero();
        assertThat(vnpostHealth().path("lastSuccessAt").isNull()).isFalse();
    }

    private JsonNode vnpostHealth() throws Exception {
        JsonNode operators = JSON.readTree(get("/api/v1/admin/operators").body()).path("operators");
        for (JsonNode o : operators) {
            if ("vnpost".equals(o.path("operator").asText())) {
                return o;
            }
        }
        throw new AssertionError("vnpost missing from " + operators);
    }
}
