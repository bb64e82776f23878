package vn.resultpost.gateway.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.GatewayTestSupport;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.canonical.StatusReport;
import vn.resultpost.gateway.simulator.DossierSystemSimulator;
import vn.resultpost.gateway.simulator.VnpostSimulator;

/** The whole flow on a random port: REST in, VNPost simulator, webhooks, reports to the dossier simulator. */
@TestPropertySource(properties = "simulator.vnpost.scenario=deliver")
class FullFlowTest extends GatewayTestSupport {

    private static final String AGENCY = "000.00.12.H26";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    DossierSystemSimulator dossierSystem;

    @Autowired
    VnpostSimulator vnpost;

    @Test
    void resultSubmittedOverRestEndsDeliveredAndEveryStatusIsReportedInOrderOnce() throws Exception {
        String dossier = "000.00.12.H26-261128-0001";
        HttpResponse<String> accepted = post("/api/v1/results", Fixtures.result(dossier));

        assertThat(accepted.statusCode()).isEqualTo(202);
        JsonNode body = JSON.readTree(accepted.body());
        assertThat(body.path("status").asText()).isEqualTo("ACCEPTED");
        String statusUrl = body.path("statusUrl").asText();
        assertThat(accepted.headers().firstValue("Location")).contains(statusUrl);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(dossierSystem.callbacks(AGENCY, dossier)).extracting(StatusReport::status)
                        .contains(ShipmentStatus.DELIVERED));

        assertThat(dossierSystem.callbacks(AGENCY, dossier)).extracting(StatusReport::status).containsExactly(
                ShipmentStatus.ACCEPTED, ShipmentStatus.ORDER_CREATED, ShipmentStatus.PICKED_UP,
                ShipmentStatus.IN_TRANSIT, ShipmentStatus.OUT_FOR_DELIVERY, ShipmentStatus.DELIVERED);
        assertThat(dossierSystem.callbacks(AGENCY, dossier)).extracting(StatusReport::sequence)
                .containsExactly(1, 2, 3, 4, 5, 6);
        StatusReport last = dossierSystem.callbacks(AGENCY, dossier).get(5);
        assertThat(last.dossierStatusCode()).isEqualTo("10");
        assertThat(last.waybill()).matches("EB[0-9]{9}VN");

        await().atMost(Duration.ofSeconds(10)).until(() -> JSON.readTree(get(statusUrl).body()).path("timeline")
                .findValuesAsText("reportState").stream().allMatch("REPORTED"::equals));
        JsonNode view = JSON.readTree(get(statusUrl).body());
        assertThat(view.path("status").asText()).isEqualTo("DELIVERED");
        assertThat(view.path("waybill").asText()).isEqualTo(last.waybill());
        assertThat(view.path("timeline")).hasSize(6);
        assertThat(view.path("timeline").get(5).path("operatorStatusCode").asText()).isEqualTo("14");
        view.path("timeline").forEach(e -> assertThat(e.path("reportState").asText()).isEqualTo("REPORTED"));
        assertThat(view.path("dueDate").asText()).as("J+n set at pickup").matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(view.path("deadlineRule").asText()).startsWith("J+");
        assertThat(last.dueDate()).hasToString(view.path("dueDate").asText());
    }

    @Test
    void theStagesRunBelowTheRequestsThatFeedThem() throws Exception {
        String dossier = "000.00.12.H26-261128-0003";
        assertThat(post("/api/v1/results", Fixtures.result(dossier)).statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(dossierSystem.callbacks(AGENCY, dossier)).extracting(StatusReport::status)
                        .contains(ShipmentStatus.DELIVERED));

        // Each stage's consumer that took a message, the relay's timer and the outbound calls' pool: priority 1.
        for (String worker : List.of("JmsConsumer[gateway.orders]", "JmsConsumer[gateway.status-events]",
                "JmsConsumer[gateway.reports]", "timer://outbox-relay", "outbound-http-")) {
            assertThat(threadsNamed(worker)).as(worker).isNotEmpty()
                    .anySatisfy(t -> assertThat(t.getPriority()).isEqualTo(Thread.MIN_PRIORITY));
        }
        // The requests' threads (Tomcat's and the admitted requests' pool) keep the normal priority.
        assertThat(Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("http-")))
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t.getPriority()).as(t.getName()).isEqualTo(Thread.NORM_PRIORITY));
    }

    private static List<Thread> threadsNamed(String part) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().contains(part)).toList();
    }

    @Test
    void sameResultSubmittedFiveTimesConcurrentlyYieldsOneShipmentAndOneOrder() throws Exception {
        String dossier = "000.00.12.H26-261128-0002";
        String json = Fixtures.result(dossier);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<CompletableFuture<HttpResponse<String>>> calls = IntStream.range(0, 5)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> post("/api/v1/results", json), pool))
                    .toList();
            List<HttpResponse<String>> replies = calls.stream().map(CompletableFuture::join).toList();

            assertThat(replies).extracting(HttpResponse::statusCode).containsOnly(200, 202);
            assertThat(replies).filteredOn(r -> r.statusCode() == 202).hasSize(1);
            List<String> ids = replies.stream().map(r -> shipmentId(r.body())).distinct().toList();
            assertThat(ids).hasSize(1);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(dossierSystem.callbacks(AGENCY, dossier)).extracting(StatusReport::status)
                            .contains(ShipmentStatus.DELIVERED));
            assertThat(vnpost.createCallsFor(ids.get(0))).isEqualTo(1);
            assertThat(dossierSystem.callbacks(AGENCY, dossier)).hasSize(6);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String shipmentId(String body) {
        try {
            return JSON.readTree(body).path("shipmentId").asText();
        } catch (Exception e) {
            throw new IllegalStateException(body, e);
        }
    }
}
