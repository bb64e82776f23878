package vn.resultpost.gateway.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.resultpost.gateway.GatewayTestSupport;
import vn.resultpost.gateway.simulator.DossierSystemSimulator;

/**
 * What the README promises for `mvn spring-boot:run`: the built-in dossier-system simulator submits
 * results on its own (with its demo API key) and they travel all the way to a final status.
 */
@TestPropertySource(properties = {"simulator.dossier.results-per-tick=1", "simulator.dossier.tick=1s",
        "simulator.vnpost.scenario=deliver"})
class DemoRunTest extends GatewayTestSupport {

    @Autowired
    DossierSystemSimulator dossierSystem;

    @Test
    void theSimulatedDossierSystemsOwnSubmissionsReachAFinalStatus() {
        await().atMost(Duration.ofSeconds(45)).untilAsserted(() ->
                assertThat(dossierSystem.stats().finished()).isGreaterThanOrEqualTo(2));
        assertThat(dossierSystem.stats().refused()).isZero();
    }
}
