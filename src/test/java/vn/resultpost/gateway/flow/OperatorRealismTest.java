package vn.resultpost.gateway.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.GatewayTestSupport;
import vn.resultpost.gateway.canonical.StatusReport;
import vn.resultpost.gateway.simulator.DossierSystemSimulator;
import vn.resultpost.gateway.simulator.VnpostSimulator;

/**
 * The VNPost simulator behaving like a real API: its tokens expire after a second (the gateway's cached
 * token is refused with 401 and refreshed once), and every create reply comes after the gateway's read
 * timeout (the order exists, the gateway retries with the same reference and learns its waybill).
 */
@TestPropertySource(properties = {"simulator.vnpost.scenario=deliver",
        "simulator.vnpost.token-lifetime=1s",
        "gateway.operators.vnpost.token-refresh-margin=0s",
        "simulator.vnpost.timeout-share=1.0",
        "simulator.vnpost.timeout-delay=1500ms",
        "gateway.operators.vnpost.read-timeout=500ms"})
class OperatorRealismTest extends GatewayTestSupport {

    private static final String AGENCY = "000.00.12.H26";

    @Autowired
    DossierSystemSimulator dossierSystem;

    @Autowired
    VnpostSimulator vnpost;

    @Test
    void expiredTokensAndTimedOutRepliesStillYieldOneOrderPerResult() {
        String first = "000.00.12.H26-261201-1001";
        String second = "000.00.12.H26-261201-1002";
        assertThat(post("/api/v1/results", Fixtures.result(first)).statusCode()).isEqualTo(202);
        awaitDelivered(first);
        int loginsAfterFirst = vnpost.logins();
        await().atMost(Duration.ofSeconds(5)).until(this::tokenExpired);
        assertThat(post("/api/v1/results", Fixtures.result(second)).statusCode()).isEqualTo(202);
        awaitDelivered(second);

        assertThat(vnpost.logins()).as("a new login once the token expired").isGreaterThan(loginsAfterFirst);
        for (String d : new String[] {first, second}) {
            String shipmentId = view(AGENCY, d).path("shipmentId").asText();
            assertThat(vnpost.ordersFor(shipmentId)).isEqualTo(1);
            assertThat(vnpost.createCallsFor(shipmentId)).as("the timed-out create was repeated").isGreaterThan(1);
            assertThat(dossierSystem.callbacks(AGENCY, d).get(1).description()).contains("already existed");
        }
    }

    /** Whether the token the gateway holds for VNPost has expired (GET /api/v1/admin/operators). */
    private boolean tokenExpired() throws Exception {
        for (JsonNode o : new ObjectMapper().readTree(get("/api/v1/admin/operators").body()).path("operators")) {
            if ("vnpost".equals(o.path("operator").asText())) {
                return Instant.parse(o.path("token").path("expiresAt").asText()).isBefore(Instant.now());
            }
        }
        return false;
    }

    private void awaitDelivered(String dossier) {
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() ->
                assertThat(dossierSystem.callbacks(AGENCY, dossier)).extracting(StatusReport::status)
                        .containsExactlyElementsOf(DELIVERED_LIFECYCLE));
    }
}
