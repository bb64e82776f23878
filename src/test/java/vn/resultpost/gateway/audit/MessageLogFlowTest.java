package vn.resultpost.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.GatewayTestSupport;
import vn.resultpost.gateway.store.MessageLogRepository;
import vn.resultpost.gateway.store.MessageLogRepository.StoredMessage;

/**
 * The audit message log in the running gateway: a delivered result leaves every message in and out in
 * the log, masked and correlated; the admin API verifies the chain and finds an edited and a deleted record.
 */
@TestPropertySource(properties = "simulator.vnpost.scenario=deliver")
class MessageLogFlowTest extends GatewayTestSupport {

    private static final String AGENCY = "000.00.12.H26";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageLogRepository repository;

    @Autowired
    CamelContext camel;

    @Test
    void everyMessageOfADeliveredResultIsLoggedMaskedAndTheChainShowsAnEditAndADeletion() throws Exception {
        Instant start = Instant.now().minusSeconds(1);
        String dossier = "000.00.12.H26-261128-0801";
        HttpResponse<String> accepted = post("/api/v1/results", Fixtures.result(dossier));
        assertThat(accepted.statusCode()).isEqualTo(202);
        String shipmentId = JSON.readTree(accepted.body()).path("shipmentId").asText();

        await().atMost(Duration.ofSeconds(60)).until(() ->
                "DELIVERED".equals(JSON.readTree(get("/api/v1/results/" + AGENCY + "/" + dossier).body())
                        .path("status").asText()));
        String waybill = JSON.readTree(get("/api/v1/results/" + AGENCY + "/" + dossier).body()).path("waybill").asText();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                records(start, r -> dossier.equals(text(r, "dossierCode")) && "OUT".equals(text(r, "direction"))
                        && text(r, "party").startsWith("dossier-system")).size() == 6);

        List<JsonNode> mine = records(start, r -> dossier.equals(text(r, "dossierCode"))
                || waybill.equals(text(r, "waybill")));
        List<JsonNode> submissions = select(mine, "IN", "dossier-system:" + AGENCY);
        List<JsonNode> creates = select(mine, "OUT", "operator:vnpost");
        List<JsonNode> replies = select(mine, "IN", "operator:vnpost").stream()
                .filter(r -> dossier.equals(text(r, "dossierCode"))).toList();
        List<JsonNode> webhooks = select(mine, "IN", "operator:vnpost").stream()
                .filter(r -> text(r, "dossierCode") == null).toList();
        List<JsonNode> reports = select(mine, "OUT", "dossier-system:" + AGENCY);

        assertThat(submissions).hasSize(1);
        assertCorrelation(submissions.get(0), AGENCY, dossier, null);
        assertThat(creates).hasSize(1);
        assertCorrelation(creates.get(0), AGENCY, dossier, null);
        assertThat(JSON.readTree(text(creates.get(0), "body")).path("orderReference").asText()).isEqualTo(shipmentId);
        assertThat(replies).hasSize(1);
        assertCorrelation(replies.get(0), AGENCY, dossier, waybill);
        assertThat(text(replies.get(0), "body")).contains(waybill);
        assertThat(webhooks).extracting(r -> JSON.readTree(text(r, "body")).path("statusCode").asText())
                .contains("6", "10", "12", "14");
        webhooks.forEach(r -> assertCorrelation(r, null, null, waybill));
        assertThat(reports).hasSize(6).allSatisfy(r -> {
            assertThat(text(r, "agencyCode")).isEqualTo(AGENCY);
            assertThat(text(r, "dossierCode")).isEqualTo(dossier);
        });
        assertThat(reports).extracting(r -> JSON.readTree(text(r, "body")).path("status").asText())
                .containsExactly("ACCEPTED", "ORDER_CREATED", "PICKED_UP", "IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED");
        assertThat(text(reports.get(5), "waybill")).isEqualTo(waybill);
        assertThat(seq(submissions.get(0))).isLessThan(seq(creates.get(0)));
        assertThat(seq(creates.get(0))).isLessThan(seq(replies.get(0)));

        // MASKED (the default): the raw "+84 912.345.678" and 001190012345 are nowhere, last 3 digits kept.
        assertThat(mine).allSatisfy(r -> {
            assertThat(text(r, "bodyMode")).isEqualTo("MASKED");
            assertThat(text(r, "body")).doesNotContain("912.345.678", "912345678", "001190012345", "190012345");
        });
        assertThat(text(submissions.get(0), "body")).contains("\"phone\": \"*******678\"",
                "\"idNumber\": \"*********345\"", dossier);
        assertThat(JSON.readTree(text(creates.get(0), "body")).path("receiver").path("phone").asText())
                .isEqualTo("*******678");

        JsonNode valid = verify("");
        assertThat(valid.path("valid").asBoolean()).as(valid.toString()).isTrue();
        assertThat(valid.path("checked").asLong()).isGreaterThanOrEqualTo(mine.size());
        assertThat(verify("?from=" + start).path("valid").asBoolean()).isTrue();

        long edited = seq(creates.get(0));
        String body = repository.find(edited).orElseThrow().body();
        jdbc.sql("update message_log set body = ? where seq = ?").params(body.replace(shipmentId, "forged"), edited)
                .update();
        JsonNode afterEdit;
        try {
            afterEdit = verify("");
        } finally {
            jdbc.sql("update message_log set body = ? where seq = ?").params(body, edited).update();
        }
        assertThat(afterEdit.path("valid").asBoolean()).isFalse();
        assertThat(afterEdit.path("firstBrokenSequence").asLong()).isEqualTo(edited);
        assertThat(afterEdit.path("reason").asText()).isEqualTo("EDITED");
        assertThat(verify("").path("valid").asBoolean()).isTrue();

        long deleted = seq(webhooks.get(1));
        StoredMessage removed = repository.find(deleted).orElseThrow();
        jdbc.sql("delete from message_log where seq = ?").param(deleted).update();
        JsonNode afterDelete;
        try {
            afterDelete = verify("");
        } finally {
            repository.insert(removed);
        }
        assertThat(afterDelete.path("valid").asBoolean()).isFalse();
        assertThat(afterDelete.path("firstBrokenSequence").asLong()).isEqualTo(deleted);
        assertThat(afterDelete.path("reason").asText()).isEqualTo("MISSING");
        assertThat(verify("").path("valid").asBoolean()).isTrue();
    }

    @Test
    void anUnreadableSubmissionIsLoggedWithoutCorrelationAndBadRangesAreRefused() throws Exception {
        Instant start = Instant.now().minusSeconds(1);
        String body = "{not json, call 0912345678";

        assertThat(post("/api/v1/results", body).statusCode()).isEqualTo(400);

        List<JsonNode> logged = records(start, r -> "{not json, call *******678".equals(text(r, "body")));
        assertThat(logged).hasSize(1);
        assertThat(text(logged.get(0), "party")).isEqualTo("dossier-system");
        assertThat(text(logged.get(0), "direction")).isEqualTo("IN");
        assertCorrelation(logged.get(0), null, null, null);

        HttpResponse<String> badFrom = get("/api/v1/admin/message-log/verify?from=yesterday");
        assertThat(badFrom.statusCode()).isEqualTo(400);
        assertThat(badFrom.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                assertThat(t).startsWith("application/problem+json"));
        assertThat(JSON.readTree(badFrom.body()).path("detail").asText()).contains("'from'");
        assertThat(get("/api/v1/admin/message-log/export?to=2026-13-01T00:00:00Z").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/admin/message-log/export?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z")
                .statusCode()).isEqualTo(400);
        JsonNode offset = JSON.readTree(get("/api/v1/admin/message-log/export?from="
                + URLEncoder.encode("2026-01-01T07:00:00+07:00", StandardCharsets.UTF_8)).body());
        assertThat(offset.path("from").asText()).isEqualTo("2026-01-01T00:00:00Z");
    }

    @Test
    void theRetentionRouteRunsShortlyAfterItStartsAndPurgesNothingYounger() throws Exception {
        NotifyBuilder purged = new NotifyBuilder(camel).fromRoute("purge-message-log").whenCompleted(1).create();
        camel.getRouteController().stopRoute("purge-message-log");
        camel.getRouteController().startRoute("purge-message-log");

        assertThat(purged.matches(60, TimeUnit.SECONDS)).as("the timer fired and the purge succeeded").isTrue();
        assertThat(jdbc.sql("select purged_count from message_log_head").query(Long.class).single()).isZero();
        assertThat(verify("").path("valid").asBoolean()).isTrue();
    }

    private JsonNode verify(String query) throws Exception {
        HttpResponse<String> reply = get("/api/v1/admin/message-log/verify" + query);
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        return JSON.readTree(reply.body());
    }

    private List<JsonNode> records(Instant from, Predicate<JsonNode> filter) throws Exception {
        HttpResponse<String> reply = get("/api/v1/admin/message-log/export?from=" + from);
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        List<JsonNode> out = new ArrayList<>();
        JSON.readTree(reply.body()).path("records").forEach(r -> {
            if (filter.test(r)) {
                out.add(r);
            }
        });
        return out;
    }

    private static List<JsonNode> select(List<JsonNode> records, String direction, String party) {
        return records.stream().filter(r -> direction.equals(text(r, "direction")) && party.equals(text(r, "party")))
                .toList();
    }

    private static void assertCorrelation(JsonNode r, String agency, String dossier, String waybill) {
        assertThat(text(r, "agencyCode")).as("agency of %s", r).isEqualTo(agency);
        assertThat(text(r, "dossierCode")).as("dossier of %s", r).isEqualTo(dossier);
        assertThat(text(r, "waybill")).as("waybill of %s", r).isEqualTo(waybill);
    }

    private static String text(JsonNode r, String field) {
        JsonNode v = r.path(field);
        return v.isNull() || v.isMissingNode() ? null : v.asText();
    }

    private static long seq(JsonNode r) {
        return r.path("sequence").asLong();
    }
}
