package vn.resultpost.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.test.context.TestPropertySource;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.GatewayTestSupport;

/** Every surface authenticated; each role and each agency boundary; each webhook verification failure. */
@TestPropertySource(properties = "simulator.vnpost.scenario=deliver")
class SecurityTest extends GatewayTestSupport {

    private static final String CAU_GIAY_KEY = "demo-only-api-key-cau-giay";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    ApplicationContext context;

    @Test
    void withoutCredentialsNothingButHealthAndTheContractAnswers() {
        HttpResponse<String> submit = send(request("/api/v1/results").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Fixtures.result("000.00.12.H26-261128-0801"))).build());
        assertThat(submit.statusCode()).isEqualTo(401);
        assertThat(submit.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(send(request("/api/v1/results/000.00.12.H26/X").GET().build()).statusCode()).isEqualTo(401);
        assertThat(send(request("/api/v1/admin/dead-letters").GET().build()).statusCode()).isEqualTo(401);
        assertThat(send(request("/actuator/camelroutes").GET().build()).statusCode()).isEqualTo(401);
        assertThat(send(request("/actuator/metrics").GET().build()).statusCode()).isEqualTo(401);
        // The overall health includes Camel's consumer checks: DOWN for the moment after start-up until the batch
        // folder's consumer has polled once ("Consumer has not yet polled route: batch-files").
        await().atMost(Duration.ofSeconds(20))
                .until(() -> send(request("/actuator/health").GET().build()).statusCode() == 200);
        HttpResponse<String> health = send(request("/actuator/health").GET().build());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).doesNotContain("components", "details");
        HttpResponse<String> readiness = send(request("/actuator/health/readiness").GET().build());
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"UP\"").doesNotContain("components");
        HttpResponse<String> asAdmin = send(request("/actuator/health/readiness")
                .header("Authorization", basic("admin", "demo-only-admin")).GET().build());
        assertThat(asAdmin.body()).as("readiness includes the database").contains("\"db\"", "readinessState");
        assertThat(send(request("/actuator/health/liveness").GET().build()).body()).contains("\"UP\"");
        assertThat(send(request("/api/v1/openapi.yaml").GET().build()).statusCode()).isEqualTo(200);
    }

    @Test
    void springSecurityIsNotObservedButTheHttpServerIs() {
        assertThat(send(request("/api/v1/results/000.00.12.H26/NO-SUCH").header("X-API-Key", DEMO_API_KEY)
                .GET().build()).statusCode()).isEqualTo(404);
        await().atMost(Duration.ofSeconds(5)).until(() -> meters.find("http.server.requests").timer() != null);
        assertThat(meters.getMeters()).as("management.observations.enable.spring.security=false")
                .noneMatch(m -> m.getId().getName().startsWith("spring.security"));
    }

    @Test
    void aConfiguredPasswordHashIsCheckedAsItIsNeverReHashedAtSignIn() {
        assertThat(send(request("/actuator/metrics").header("Authorization", basic("admin", "demo-only-admin"))
                .GET().build()).statusCode()).isEqualTo(200);
        // With such a bean Spring Security re-hashes a password of bcrypt cost below 10 at each successful sign-in,
        // so a cheap hash given to a monitoring account would cost a full check from its second request on.
        assertThat(context.getBeansOfType(UserDetailsPasswordService.class)).isEmpty();
    }

    @Test
    void unknownApiKeyIs401() {
        assertThat(send(request("/api/v1/results/000.00.12.H26/X").header("X-API-Key", "guessed").GET().build())
                .statusCode()).isEqualTo(401);
    }

    @Test
    void aClientActsOnlyForItsOwnAgencies() {
        String foreign = Fixtures.result("000.00.12.H26-261128-0802");
        assertThat(asClient(CAU_GIAY_KEY, "/api/v1/results", foreign).statusCode()).isEqualTo(403);
        assertThat(post("/api/v1/results", foreign).statusCode()).as("the agency's own client").isEqualTo(202);
        assertThat(send(request("/api/v1/results/000.00.12.H26/000.00.12.H26-261128-0802")
                .header("X-API-Key", CAU_GIAY_KEY).GET().build()).statusCode()).isEqualTo(403);

        String own = Fixtures.result("000.00.15.H26-261128-0803").replace("\"000.00.12.H26\"", "\"000.00.15.H26\"");
        assertThat(asClient(CAU_GIAY_KEY, "/api/v1/results", own).statusCode()).isEqualTo(202);
        assertThat(send(request("/api/v1/results/000.00.15.H26/000.00.15.H26-261128-0803")
                .header("X-API-Key", CAU_GIAY_KEY).GET().build()).statusCode()).isEqualTo(200);
    }

    @Test
    void adminRolesViewerReadsOperatorReplaysAdminManages() {
        String replay = "{\"queue\":\"gateway.orders\",\"all\":true}";
        assertThat(asAdmin("viewer", "demo-only-viewer", "/api/v1/admin/dead-letters", null).statusCode()).isEqualTo(200);
        assertThat(asAdmin("viewer", "demo-only-viewer", "/api/v1/admin/dead-letters/replay", replay).statusCode())
                .isEqualTo(403);
        assertThat(asAdmin("operator", "demo-only-operator", "/api/v1/admin/dead-letters/replay", replay).statusCode())
                .isEqualTo(200);
        assertThat(asAdmin("operator", "demo-only-operator", "/actuator/camelroutes", null).statusCode()).isEqualTo(403);
        assertThat(asAdmin("admin", "demo-only-admin", "/actuator/camelroutes", null).statusCode()).isEqualTo(200);
        assertThat(asAdmin("operator", "demo-only-operator", "/actuator/metrics", null).statusCode()).isEqualTo(403);
        assertThat(asAdmin("admin", "demo-only-admin", "/actuator/metrics/gateway.store.group-commit.writes", null)
                .statusCode()).as("the meters, ADMIN only").isEqualTo(200);
        assertThat(asAdmin("viewer", "wrong-password", "/api/v1/admin/dead-letters", null).statusCode()).isEqualTo(401);
        assertThat(asAdmin("operator", "demo-only-operator", "/api/v1/admin/message-log/export", null).statusCode())
                .as("the audit log is for ADMIN only").isEqualTo(403);
        assertThat(asAdmin("admin", "demo-only-admin", "/api/v1/admin/message-log/verify", null).statusCode())
                .isEqualTo(200);

        post("/api/v1/results", Fixtures.result("000.00.12.H26-261128-0804"));
        assertThat(asAdmin("viewer", "demo-only-viewer", "/api/v1/results/000.00.12.H26/000.00.12.H26-261128-0804",
                null).statusCode()).as("admins read every agency").isEqualTo(200);
        assertThat(asAdmin("admin", "demo-only-admin", "/api/v1/results", Fixtures.result("X-1")).statusCode())
                .as("admins submit nothing").isEqualTo(403);
        assertThat(send(request("/api/v1/admin/dead-letters").header("X-API-Key", DEMO_API_KEY).GET().build())
                .statusCode()).as("clients see no admin API").isEqualTo(403);
    }

    @Test
    void unverifiedWebhooksGet401AndChangeNothing() {
        String waybill = "EB99999999" + (int) (Math.random() * 10) + "VN";
        String body = "{\"itemCode\":\"" + waybill + "\",\"statusCode\":\"6\",\"eventTime\":\"" + Instant.now() + "\"}";
        long now = Instant.now().getEpochSecond();

        assertThat(webhook(body, null, null).statusCode()).as("unsigned").isEqualTo(401);
        assertThat(webhook(body, now, "sha256=" + "0".repeat(64)).statusCode()).as("bad signature").isEqualTo(401);
        assertThat(webhook(body, now, sign("another-secret", now, body)).statusCode()).as("wrong secret")
                .isEqualTo(401);
        long stale = now - 600;
        assertThat(webhook(body, stale, sign(DEMO_WEBHOOK_SECRET, stale, body)).statusCode()).as("stale")
                .isEqualTo(401);
        String tampered = body.replace("\"6\"", "\"14\"");
        assertThat(webhook(tampered, now, sign(DEMO_WEBHOOK_SECRET, now, body)).statusCode()).as("tampered body")
                .isEqualTo(401);
        assertThat(eventsFor(waybill)).isZero();

        String good = sign(DEMO_WEBHOOK_SECRET, now, body);
        assertThat(webhook(body, now, good).statusCode()).isEqualTo(202);
        HttpResponse<String> replayed = webhook(body, now, good);
        assertThat(replayed.statusCode()).as("replay").isEqualTo(401);
        assertThat(replayed.body()).contains("replay");
    }

    @Test
    void deeplyNestedOrHugeJsonIsRefusedAsMalformed() {
        String deep = "{\"a\":".repeat(200) + "1" + "}".repeat(200);
        HttpResponse<String> nested = post("/api/v1/results", deep);
        assertThat(nested.statusCode()).isEqualTo(400);
        assertThat(nested.body()).contains("nesting depth");
        String longName = Fixtures.result("000.00.12.H26-261128-0805").replace("Nguyễn", "N".repeat(30_000));
        HttpResponse<String> huge = post("/api/v1/results", longName);
        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat(huge.body()).contains("String value length");
    }

    @Test
    void oversizeBodyIs413WithOrWithoutContentLength() {
        String huge = "{\"agencyCode\":\"" + "x".repeat(300_000) + "\"}";
        assertThat(post("/api/v1/results", huge).statusCode()).isEqualTo(413);
        assertThat(chunked(huge).statusCode()).isEqualTo(413);
    }

    @Test
    void aChunkedBodyWithinTheLimitIsAccepted() {
        assertThat(chunked(Fixtures.result("000.00.12.H26-261128-0806")).statusCode()).isEqualTo(202);
    }

    private HttpResponse<String> chunked(String body) {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return send(request("/api/v1/results").header("X-API-Key", DEMO_API_KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes)))
                .build());
    }

    private HttpResponse<String> asClient(String key, String path, String json) {
        return send(request(path).header("X-API-Key", key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpResponse<String> asAdmin(String user, String password, String path, String json) {
        HttpRequest.Builder r = request(path).header("Authorization", basic(user, password));
        return send((json == null ? r.GET() : r.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))).build());
    }

    private HttpResponse<String> webhook(String body, Long timestamp, String signature) {
        HttpRequest.Builder r = request("/api/v1/operators/vnpost/events").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (timestamp != null) {
            r.header(WebhookVerifier.TIMESTAMP, String.valueOf(timestamp));
        }
        if (signature != null) {
            r.header(WebhookVerifier.SIGNATURE, signature);
        }
        return send(r.build());
    }

    private static String sign(String secret, long timestamp, String body) {
        return "sha256=" + WebhookVerifier.sign(secret, timestamp + "." + body);
    }

    private int eventsFor(String waybill) {
        return jdbc.sql("select count(*) from operator_event where waybill = ?").param(waybill)
                .query(Integer.class).single();
    }
}
