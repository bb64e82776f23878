package vn.resultpost.gateway.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.resultpost.gateway.GatewayTestSupport;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.simulator.DossierSystemSimulator;

/**
 * What the README promises for `mvn spring-boot:run`: the built-in dossier-system simulator submits
 * results on its own (with its demo API key) and, routed by the demo rules of config/routing.yml, they
 * travel all the way to a final status through every postal operator; results it lists for the polling channel
 * are taken and delivered too.
 */
@TestPropertySource(properties = {"simulator.dossier.results-per-tick=4", "simulator.dossier.tick=1s",
        "simulator.vnpost.scenario=deliver", "simulator.viettelpost.scenario=deliver",
        "simulator.viettelpost.step-delay=100ms", "simulator.vnpost-hcc.scenario=deliver",
        "simulator.vnpost-hcc.step-delay=100ms", "simulator.generic-soap.scenario=deliver",
        "simulator.generic-soap.step-delay=100ms", "simulator.ready-for-post.results-per-tick=1",
        "simulator.ready-for-post.tick=1s", "gateway.channels.polling.sources.demo-one-stop.interval=1s"})
class DemoRunTest extends GatewayTestSupport {

    @Autowired
    DossierSystemSimulator dossierSystem;

    @Test
    void theSimulatedDossierSystemsOwnSubmissionsReachAFinalStatus() {
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                assertThat(dossierSystem.received().values().stream()
                        .filter(reports -> reports.stream().anyMatch(r -> r.status() == ShipmentStatus.DELIVERED))
                        .map(reports -> reports.get(reports.size() - 1).operator()).distinct())
                        .as("operators that delivered a demo result")
                        .containsExactlyInAnyOrder("vnpost", "vnpost-hcc", "viettelpost", "generic-soap"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(dossierSystem.received().entrySet().stream()
                        .filter(e -> e.getKey().contains("-P"))
                        .filter(e -> e.getValue().stream().anyMatch(r -> r.status() == ShipmentStatus.DELIVERED)))
                        .as("results the demo dossier system listed for the polling channel, delivered").isNotEmpty());
        assertThat(dossierSystem.stats().refused()).isZero();
        assertThat(get("/api/v1/admin/dead-letters").body()).as("nothing of the demo dead-lettered")
                .contains("\"count\":0");
    }
}
