package vn.resultpost.gateway.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.GatewayTestSupport;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.canonical.StatusReport;
import vn.resultpost.gateway.console.ConsoleSession;
import vn.resultpost.gateway.simulator.DossierSystemSimulator;
import vn.resultpost.gateway.simulator.SimulatorFaults;
import vn.resultpost.gateway.simulator.SimulatorFaults.Faults;

/** Dead Letter Channel: poison messages parked with their reason, listed, and replayed without repeating effects. */
@TestPropertySource(properties = {"simulator.vnpost.scenario=deliver", "gateway.redelivery.max-attempts=3"})
@ExtendWith(OutputCaptureExtension.class)
class DeadLetterFlowTest extends GatewayTestSupport {

    private static final String AGENCY = "000.00.12.H26";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ProducerTemplate producer;

    @Autowired
    ConsumerTemplate consumer;

    @Autowired
    SimulatorFaults faults;

    @Autowired
    DossierSystemSimulator dossierSystem;

    @AfterEach
    void heal() {
        faults.set(new Faults(0, 0, false));
    }

    @Test
    void poisonMessageIsParkedAtOnceWithItsReasonAndStaysParkedOnReplay() throws Exception {
        producer.sendBody("jms:queue:gateway.orders?exchangePattern=InOnly", "no-such-shipment");

        await().atMost(Duration.ofSeconds(20)).until(() -> parked("gateway.orders", "no-such-shipment") != null);
        JsonNode letter = parked("gateway.orders", "no-such-shipment");
        assertThat(letter.path("reason").asText()).contains("InvalidMessageException").contains("No shipment");
        assertThat(letter.path("stage").asText()).isEqualTo("order-creation");
        assertThat(letter.path("failedAt").asText()).isNotBlank();

        String replay = "{\"queue\":\"gateway.orders\",\"messageIds\":[\"" + letter.path("id").asText() + "\"]}";
        JsonNode replayed = JSON.readTree(post("/api/v1/admin/dead-letters/replay", replay).body());
        assertThat(replayed.path("replayed").asInt()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> parked("gateway.orders", "no-such-shipment") != null);
    }

    @Test
    void reportsParkedWhileTheDossierSystemWasDownAreReplayedInOrderOnce(CapturedOutput output) throws Exception {
        faults.set(new Faults(0, 0, true));
        String dossier = "000.00.12.H26-261128-0601";
        assertThat(post("/api/v1/results", Fixtures.result(dossier)).statusCode()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(40)).until(() -> deadLetters("gateway.reports").size() == 6);
        assertThat(deadLetters("gateway.reports")).allSatisfy(l -> assertThat(l.path("reason").asText())
                .contains("did not accept the report"));
        assertThat(dossierSystem.callbacks(AGENCY, dossier)).isEmpty();
        String shipment = view(AGENCY, dossier).path("shipmentId").asText();
        assertThat(output.getOut()).as("each retry and the parking name the shipment")
                .contains("(shipment " + shipment + ", delivery 1; will retry)")
                .contains("Parked a message of gateway.reports (shipment " + shipment + ") in DLQ.gateway.reports");

        faults.set(new Faults(0, 0, false));
        JsonNode replayed = JSON.readTree(post("/api/v1/admin/dead-letters/replay",
                "{\"queue\":\"gateway.reports\",\"all\":true}").body());
        assertThat(replayed.path("replayed").asInt()).isEqualTo(6);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(dossierSystem.callbacks(AGENCY, dossier)).extracting(StatusReport::status).containsExactly(
                        ShipmentStatus.ACCEPTED, ShipmentStatus.ORDER_CREATED, ShipmentStatus.PICKED_UP,
                        ShipmentStatus.IN_TRANSIT, ShipmentStatus.OUT_FOR_DELIVERY, ShipmentStatus.DELIVERED));
        assertThat(deadLetters("gateway.reports")).isEmpty();
        JsonNode again = JSON.readTree(post("/api/v1/admin/dead-letters/replay",
                "{\"queue\":\"gateway.reports\",\"all\":true}").body());
        assertThat(again.path("replayed").asInt()).isZero();
    }

    @Test
    void aDeadLetterQueueManyConsumerWindowsLongIsListedWholeOrItsOldestUpToTheLimitWithItsCount() throws Exception {
        int count = 210; // ~2 KB each: some 420 KB, about seven of the gateway's 64 KB consumer windows
        for (int i = 0; i < count; i++) {
            producer.sendBody("jms:queue:DLQ.gateway.rejections?exchangePattern=InOnly", "long-" + i + "-" + "x".repeat(2000));
        }
        try {
            for (int listing = 0; listing < 5; listing++) {
                assertThat(deadLetters("gateway.rejections")).as("listing %d", listing).hasSize(count)
                        .extracting(l -> l.path("body").asText().substring(0, 8)).startsWith("long-0-x", "long-1-x");
            }
            JsonNode first = JSON.readTree(get("/api/v1/admin/dead-letters?queue=gateway.rejections&limit=20").body());
            assertThat(first.path("count").asInt()).as("parked in all").isEqualTo(count);
            assertThat(first.path("listed").asInt()).isEqualTo(20);
            assertThat(iterable(first.path("deadLetters"))).hasSize(20).first()
                    .satisfies(l -> assertThat(l.path("body").asText()).startsWith("long-0-x"));
            ConsoleSession viewer = new ConsoleSession(baseUrl());
            viewer.login("viewer", "demo-only-viewer");
            String page = viewer.get("/console/dead-letters").body();
            String stage = page.substring(page.indexOf("id=\"stage-gateway.rejections\""));
            stage = stage.substring(0, stage.indexOf("</section>"));
            assertThat(stage.split("class=\"dead-letter\"", -1)).as("the oldest 200 shown").hasSize(201);
            assertThat(stage).contains(">210</span>", "class=\"note shown-of\"");
            for (String limit : List.of("0", "5001", "ten")) {
                HttpResponse<String> refused = get("/api/v1/admin/dead-letters?queue=gateway.rejections&limit=" + limit);
                assertThat(refused.statusCode()).as(limit).isEqualTo(400);
                assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                        t -> assertThat(t).startsWith("application/problem+json"));
            }
        } finally {
            while (consumer.receiveBody("jms:queue:DLQ.gateway.rejections", 1000) != null) {
                // the parked messages leave with the test
            }
        }
    }

    @Test
    void adminApiRefusesUnknownQueueAndIncompleteRequests() {
        assertThat(get("/api/v1/admin/dead-letters?queue=nope").statusCode()).isEqualTo(404);
        assertThat(post("/api/v1/admin/dead-letters/replay", "{\"queue\":\"gateway.orders\"}").statusCode())
                .isEqualTo(400);
        assertThat(post("/api/v1/admin/dead-letters/replay", "{\"queue\":\"nope\",\"all\":true}").statusCode())
                .isEqualTo(404);
        assertThat(get("/api/v1/admin/dead-letters").statusCode()).isEqualTo(200);
    }

    private List<JsonNode> deadLetters(String queue) throws Exception {
        JsonNode list = JSON.readTree(get("/api/v1/admin/dead-letters?queue=" + queue).body());
        return iterable(list.path("deadLetters"));
    }

    private JsonNode parked(String queue, String body) throws Exception {
        return deadLetters(queue).stream().filter(l -> body.equals(l.path("body").asText())).findFirst().orElse(null);
    }

    private static List<JsonNode> iterable(JsonNode array) {
        List<JsonNode> out = new java.util.ArrayList<>();
        array.forEach(out::add);
        return out;
    }
}
