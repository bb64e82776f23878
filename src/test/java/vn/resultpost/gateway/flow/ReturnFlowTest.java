package vn.resultpost.gateway.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.GatewayTestSupport;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.canonical.StatusReport;
import vn.resultpost.gateway.simulator.DossierSystemSimulator;

/** Failed twice, then returned to the agency: every step reported, in order, with the attempts counted. */
@TestPropertySource(properties = "simulator.vnpost.scenario=return")
class ReturnFlowTest extends GatewayTestSupport {

    @Autowired
    DossierSystemSimulator dossierSystem;

    @Test
    void resultThatCannotBeDeliveredTwiceReturnsToTheAgency() {
        String dossier = "000.00.12.H26-261128-0201";
        assertThat(post("/api/v1/results", Fixtures.result(dossier)).statusCode()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(dossierSystem.callbacks("000.00.12.H26", dossier)).extracting(StatusReport::status)
                        .contains(ShipmentStatus.RETURNED_TO_AGENCY));

        var reports = dossierSystem.callbacks("000.00.12.H26", dossier);
        assertThat(reports).extracting(StatusReport::status).containsExactly(
                ShipmentStatus.ACCEPTED, ShipmentStatus.ORDER_CREATED, ShipmentStatus.PICKED_UP,
                ShipmentStatus.IN_TRANSIT, ShipmentStatus.OUT_FOR_DELIVERY, ShipmentStatus.DELIVERY_FAILED,
                ShipmentStatus.OUT_FOR_DELIVERY, ShipmentStatus.DELIVERY_FAILED, ShipmentStatus.RETURNING,
                ShipmentStatus.RETURNED_TO_AGENCY);
        StatusReport last = reports.get(reports.size() - 1);
        assertThat(last.failedAttempts()).isEqualTo(2);
        assertThat(last.dossierStatusCode()).isEqualTo("9");
        // The simulated operator fails twice within seconds: the return is applied, and held for review.
        var reviews = view("000.00.12.H26", dossier).path("reviews");
        assertThat(reviews).hasSize(1);
        assertThat(reviews.get(0).path("kind").asText()).isEqualTo("RETURN_RULE");
        assertThat(reviews.get(0).path("detail").asText()).contains("not 2 working days apart");
    }
}
