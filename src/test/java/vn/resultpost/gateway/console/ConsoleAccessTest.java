package vn.resultpost.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.apache.camel.test.spring.junit5.DisableJmx;
import org.springframework.test.context.TestPropertySource;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.GatewayTestSupport;
import vn.resultpost.gateway.review.ReviewKind;
import vn.resultpost.gateway.review.ReviewQueue;

/**
 * Who may do what in the console and Hawtio: sign-in needed, VIEWER reads but cannot replay or resolve, Hawtio
 * and Jolokia for ADMIN only, CSRF on every console POST, personal data masked for VIEWER, and the machine
 * endpoints' stateless chain unchanged.
 */
@DisableJmx(false) // Hawtio shows the Camel routes through JMX
@TestPropertySource(properties = {"simulator.vnpost.scenario=fail-then-deliver", "gateway.redelivery.max-attempts=3",
        "gateway.broker.name=console-test"})
class ConsoleAccessTest extends GatewayTestSupport {

    private static final String AGENCY = "000.00.12.H26";

    @Autowired
    ReviewQueue reviews;

    @Test
    void theConsoleNeedsASignInAndRefusesWrongPasswords() {
        ConsoleSession anonymous = new ConsoleSession(baseUrl());
        HttpResponse<String> page = anonymous.get("/console");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console/login"));
        assertThat(anonymous.get("/console/login").body()).contains("Đăng nhập", "name=\"username\"");
        assertThat(anonymous.get("/actuator/hawtio/").statusCode()).isEqualTo(302);
        assertThat(anonymous.get("/actuator/jolokia/version").statusCode()).isEqualTo(302);

        HttpResponse<String> wrong = new ConsoleSession(baseUrl()).login("admin", "guessed");
        assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console/login?error"));
        assertThat(send(request("/console").header("Authorization", basic("admin", "demo-only-admin")).GET().build())
                .statusCode()).as("no HTTP Basic on the console").isEqualTo(302);
    }

    @Test
    void aViewerReadsButCannotReplayResolveOrOpenHawtio() {
        ConsoleSession viewer = new ConsoleSession(baseUrl());
        assertThat(viewer.login("viewer", "demo-only-viewer").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/console"));
        HttpResponse<String> dashboard = viewer.get("/console");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Tổng quan", "chart-per-day", "viewer").doesNotContain("hawtio-link");
        assertThat(viewer.get("/console?lang=en").body()).contains("Dashboard", "Results received");
        assertThat(viewer.get("/console/dead-letters").statusCode()).isEqualTo(200);
        assertThat(viewer.post("/console/dead-letters/replay", Map.of("queue", "gateway.orders", "all", "true"), true)
                .statusCode()).isEqualTo(403);
        assertThat(viewer.post("/console/reviews/1/resolve", Map.of("resolution", "x"), true).statusCode()).isEqualTo(403);
        assertThat(viewer.get("/actuator/hawtio/").statusCode()).isEqualTo(403);
        assertThat(viewer.get("/actuator/jolokia/version").statusCode()).isEqualTo(403);
    }

    @Test
    void consolePostsNeedTheCsrfToken() {
        ConsoleSession operator = new ConsoleSession(baseUrl());
        operator.login("operator", "demo-only-operator");
        Map<String, String> replay = Map.of("queue", "gateway.orders", "all", "true");
        assertThat(operator.post("/console/dead-letters/replay", replay, false).statusCode()).isEqualTo(403);
        HttpResponse<String> confirm = operator.post("/console/dead-letters/replay", replay, true);
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.body()).contains("confirm-replay", "gateway.orders");
        assertThat(new ConsoleSession(baseUrl()).post("/console/login",
                Map.of("username", "admin", "password", "demo-only-admin"), false).statusCode())
                .as("sign-in without a token").isEqualTo(403);
    }

    @Test
    void hawtioAndJolokiaServeAnAdminWithCamelRoutesAndArtemisQueues() {
        ConsoleSession admin = new ConsoleSession(baseUrl());
        admin.login("admin", "demo-only-admin");
        assertThat(admin.get("/console").body()).contains("hawtio-link");
        HttpResponse<String> hawtio = admin.get("/actuator/hawtio/");
        assertThat(hawtio.statusCode()).isEqualTo(200);
        assertThat(hawtio.body()).containsIgnoringCase("hawtio");
        String search = "{\"type\":\"search\",\"mbean\":\"org.apache.activemq.artemis:*,subcomponent=queues\"}";
        assertThat(admin.postJson("/actuator/jolokia", search, false).statusCode()).as("Jolokia POST without CSRF")
                .isEqualTo(403);
        HttpResponse<String> queues = admin.postJson("/actuator/jolokia", search, true);
        assertThat(queues.statusCode()).isEqualTo(200);
        assertThat(queues.body()).contains("gateway.orders", "DLQ.gateway.orders");
        HttpResponse<String> routes = admin.postJson("/actuator/jolokia",
                "{\"type\":\"search\",\"mbean\":\"org.apache.camel:type=routes,*\"}", true);
        assertThat(routes.body()).contains("order-creation");
    }

    @Test
    void anOperatorResolvesAReviewWithARecordedReasonAndDownloadsTheDashboardNumbers() {
        String waybill = "EB" + System.nanoTime() + "VN";
        reviews.holdUnknown("vnpost", waybill, ReviewKind.UNKNOWN_SHIPMENT, "Event for an unknown waybill " + waybill);
        long id = reviews.list(true, 500).stream().filter(r -> waybill.equals(r.waybill())).findFirst().orElseThrow().id();
        ConsoleSession operator = new ConsoleSession(baseUrl());
        operator.login("operator", "demo-only-operator");
        assertThat(operator.get("/console/reviews").body()).contains(waybill, "/console/reviews/" + id + "/resolve");

        HttpResponse<String> noReason = operator.post("/console/reviews/" + id + "/resolve", Map.of("resolution", " "), true);
        assertThat(noReason.statusCode()).isEqualTo(302);
        assertThat(reviews.get(id).open()).as("a resolution needs a reason").isTrue();
        operator.post("/console/reviews/" + id + "/resolve", Map.of("resolution", "Test waybill of the operator"), true);
        assertThat(reviews.get(id).resolvedBy()).isEqualTo("operator");
        assertThat(reviews.get(id).resolution()).isEqualTo("Test waybill of the operator");
        assertThat(operator.get("/console/reviews?state=all").body()).contains("Test waybill of the operator — bởi operator");

        String csv = operator.get("/console/dashboard.csv").body();
        assertThat(csv).startsWith("\uFEFFsection,key,series,value").contains("total,,RECEIVED,", "total,,IN_REVIEW,",
                "pickup-to-delivery-hours,median,DELIVERED,", "agency,?,HELD_FOR_REVIEW,");
    }

    @Test
    void machineEndpointsKeepTheirStatelessChain() {
        assertThat(get("/api/v1/admin/dead-letters").statusCode()).isEqualTo(200);
        assertThat(send(request("/actuator/camelroutes").header("Authorization", basic("admin", "demo-only-admin"))
                .GET().build()).statusCode()).isEqualTo(200);
        ConsoleSession admin = new ConsoleSession(baseUrl());
        admin.login("admin", "demo-only-admin");
        assertThat(admin.get("/api/v1/admin/dead-letters").statusCode()).as("a console session is no API credential")
                .isEqualTo(401);
        // Overall health: DOWN just after start-up until Camel's batch-folder consumer has polled once.
        await().atMost(Duration.ofSeconds(20))
                .until(() -> send(request("/actuator/health").GET().build()).statusCode() == 200);
    }

    @Test
    void personalDataIsMaskedForAViewerAndShownToAnOperator() {
        String dossier = "000.00.12.H26-261203-0901";
        assertThat(post("/api/v1/results", Fixtures.result(dossier)).statusCode()).isEqualTo(202);
        String id = view(AGENCY, dossier).path("shipmentId").asText();
        await().atMost(Duration.ofSeconds(20)).until(() -> !view(AGENCY, dossier).path("timeline").isEmpty());

        ConsoleSession viewer = new ConsoleSession(baseUrl());
        viewer.login("viewer", "demo-only-viewer");
        String masked = viewer.get("/console/shipments/" + id).body();
        // The page also shows a random waybill and CSRF token, so look for the phone's digits as a group, never "912".
        assertThat(masked).contains(dossier, "id=\"recipient-name\">N*** T*** L***<",
                        "id=\"recipient-phone\">*******678<", "id=\"recipient-street\">***<")
                .doesNotContain("Nguyễn", "Đội Cấn").doesNotContainPattern("912[ .]?345");

        ConsoleSession operator = new ConsoleSession(baseUrl());
        operator.login("operator", "demo-only-operator");
        String plain = operator.get("/console/shipments/" + id).body();
        assertThat(plain).contains("Nguyễn Thị Lan").containsPattern("0?912[ .]?345[ .]?678");

        String csv = viewer.get("/console/shipments.csv?dossier=" + dossier).body();
        assertThat(csv).startsWith("\uFEFFshipmentId,agencyCode,dossierCode").contains(id, dossier);
        assertThat(viewer.get("/console/shipments?ward=00004&agency=" + AGENCY).body()).contains(dossier);
        assertThat(viewer.get("/console/shipments?ward=99999").body()).doesNotContain(dossier);
        assertThat(viewer.get("/console/shipments/no-such-id").statusCode()).isEqualTo(404);
    }
}
