package vn.resultpost.gateway.channel.polling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
import vn.resultpost.gateway.simulator.ReadyForPostSimulator;
import vn.resultpost.gateway.simulator.ReadyForPostSimulator.Behaviour;

/**
 * The polling channel end to end against the simulated dossier system's list: listed results are taken page by
 * page and end DELIVERED with every status reported; refused items are reported back as REJECTED and do not hold
 * the cursor; a page taken again creates nothing twice; a list that is down or broken is recorded on the
 * source and read again, from the same cursor, once it is back.
 */
@TestPropertySource(properties = {"simulator.vnpost.scenario=deliver",
        "gateway.channels.polling.tick=100ms",
        "gateway.channels.polling.sources.demo-one-stop.interval=300ms",
        "gateway.channels.polling.sources.demo-one-stop.page-size=2",
        "gateway.channels.polling.sources.demo-one-stop.max-pages-per-poll=2"})
class PollingChannelFlowTest extends GatewayTestSupport {

    private static final String AGENCY = "000.00.12.H26";
    private static final String SOURCE = "demo-one-stop";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ReadyForPostSimulator list;

    @Autowired
    DossierSystemSimulator dossierSystem;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void heal() {
        list.behave(new Behaviour(false, false));
    }

    @Test
    void listedResultsEndDeliveredAndRefusedItemsAreReportedWithoutHoldingTheCursor() {
        String ok1 = "000.00.12.H26-261203-P101";
        String badPhone = "000.00.12.H26-261203-P102";
        String ok2 = "000.00.12.H26-261203-P103";
        String otherAgency = "000.00.15.H26-261203-P104";
        String ok3 = "000.00.12.H26-261203-P105";
        String c1 = list.add(result(ok1));
        String c2 = list.add(result(Fixtures.result(badPhone).replace("+84 912.345.678", "12345")));
        String c3 = list.add(result(ok2));
        String c4 = list.add("not a result");
        String c5 = list.add(result(Fixtures.result(otherAgency).replace("\"000.00.12.H26\"", "\"000.00.15.H26\"")));
        String c6 = list.add(result(ok3));

        for (String dossier : List.of(ok1, ok2, ok3)) {
            await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> assertThat(statuses(dossier))
                    .contains(ShipmentStatus.DELIVERED));
            assertThat(statuses(dossier)).containsExactlyElementsOf(DELIVERED_LIFECYCLE);
        }
        StatusReport rejected = awaitRejection(badPhone);
        assertThat(rejected.description()).startsWith("Refused at intake (POLLING): applicant.phone: ");
        assertThat(view(AGENCY, badPhone).path("shipmentId").isTextual()).as("no shipment").isFalse();
        assertThat(dossierSystem.callbacks("000.00.15.H26", otherAgency)).as("another agency is not told").isEmpty();
        assertThat(list.served()).as("each item served once: nothing repeated, nothing skipped")
                .containsEntry(c1, 1).containsEntry(c2, 1).containsEntry(c3, 1).containsEntry(c4, 1)
                .containsEntry(c5, 1).containsEntry(c6, 1);
        await().atMost(Duration.ofSeconds(5)).until(() -> cursor().equals(c6) || Integer.parseInt(cursor()) > Integer.parseInt(c6));
        assertThat(jdbc.sql("select items_rejected from polling_source where name = ?").param(SOURCE)
                .query(Long.class).single()).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql("select party from message_log where direction = 'IN' and party like 'dossier-system%' and dossier_code = ?").param(ok1)
                .query(String.class).list()).as("audited once, as the other channels do")
                .containsExactly("dossier-system:" + AGENCY);
    }

    @Test
    void aPageTakenAgainAfterACrashCreatesNothingTwice() {
        String dossier = "000.00.12.H26-261203-P201";
        String before = cursor();
        String c = list.add(result(dossier));
        await().atMost(Duration.ofSeconds(20)).until(() -> cursor().equals(c) && shipments(dossier) == 1);
        long acceptedBefore = accepted();

        // As if the gateway had died after the dossier system served the page but before the cursor was stored.
        jdbc.sql("update polling_source set poll_cursor = ? where name = ?").params(before, SOURCE).update();

        await().atMost(Duration.ofSeconds(20)).until(() -> list.served().getOrDefault(c, 0) == 2 && cursor().equals(c));
        await().atMost(Duration.ofSeconds(5)).until(() -> accepted() == acceptedBefore + 1);
        assertThat(shipments(dossier)).as("the same result again: the existing shipment").isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> statuses(dossier).contains(ShipmentStatus.DELIVERED));
        assertThat(statuses(dossier)).containsExactlyElementsOf(DELIVERED_LIFECYCLE);
    }

    @Test
    void aListThatIsDownOrBrokenIsRecordedAndReadAgainFromTheSameCursor() throws Exception {
        String before = cursor();
        list.behave(new Behaviour(true, false));
        String dossier = "000.00.12.H26-261203-P301";
        String c = list.add(result(dossier));
        await().atMost(Duration.ofSeconds(10)).until(() -> "UNAVAILABLE".equals(state("last_outcome")));
        assertThat(state("last_error")).contains("HTTP 503");
        assertThat(cursor()).isEqualTo(before);

        String admin = get("/api/v1/admin/polling-sources").body();
        assertThat(JSON.readTree(admin).path("sources").get(0).path("lastOutcome").asText()).isEqualTo("UNAVAILABLE");
        assertThat(send(request("/api/v1/admin/polling-sources").header("Authorization", basic("viewer", "demo-only-viewer"))
                .GET().build()).statusCode()).as("VIEWER reads it").isEqualTo(200);
        assertThat(send(request("/api/v1/admin/polling-sources").header("X-API-Key", DEMO_API_KEY).GET().build())
                .statusCode()).as("a dossier system does not").isEqualTo(403);

        list.behave(new Behaviour(false, true));
        await().atMost(Duration.ofSeconds(10)).until(() -> "UNREADABLE_PAGE".equals(state("last_outcome")));
        assertThat(state("last_error")).contains("not JSON");
        assertThat(cursor()).isEqualTo(before);
        assertThat(shipments(dossier)).isZero();

        list.behave(new Behaviour(false, false));
        await().atMost(Duration.ofSeconds(20)).until(() -> shipments(dossier) == 1 && cursor().equals(c));
        // The outcome is recorded once the poll has ended, in a transaction after the page's own.
        await().atMost(Duration.ofSeconds(5)).until(() -> "OK".equals(state("last_outcome")));
        assertThat(state("last_error")).isNull();
        assertThat(list.served()).containsEntry(c, 1);
    }

    // --- helpers -------------------------------------------------------------------------------------

    private static Map<?, ?> result(String json) {
        try {
            return JSON.readValue(json.startsWith("{") ? json : Fixtures.result(json), Map.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<ShipmentStatus> statuses(String dossier) {
        return dossierSystem.callbacks(AGENCY, dossier).stream().map(StatusReport::status).toList();
    }

    private StatusReport awaitRejection(String dossier) {
        await().atMost(Duration.ofSeconds(20)).until(() -> statuses(dossier).contains(ShipmentStatus.REJECTED));
        return dossierSystem.callbacks(AGENCY, dossier).get(0);
    }

    private String cursor() {
        String c = state("poll_cursor");
        return c == null ? "0" : c;
    }

    private String state(String column) {
        return jdbc.sql("select " + column + " from polling_source where name = ?").param(SOURCE)
                .query(String.class).optional().orElse(null);
    }

    private long accepted() {
        return jdbc.sql("select items_accepted from polling_source where name = ?").param(SOURCE).query(Long.class).single();
    }

    private int shipments(String dossier) {
        return jdbc.sql("select count(*) from shipment where dossier_code = ?").param(dossier).query(Integer.class).single();
    }
}
