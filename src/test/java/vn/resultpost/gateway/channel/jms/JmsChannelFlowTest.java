package vn.resultpost.gateway.channel.jms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.ConnectionFactory;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.GatewayTestSupport;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.canonical.StatusReport;
import vn.resultpost.gateway.channel.jms.JmsTestClient.Found;
import vn.resultpost.gateway.canonical.Violation;
import vn.resultpost.gateway.intake.Channel;
import vn.resultpost.gateway.intake.IntakeProblem;
import vn.resultpost.gateway.reporting.RejectionReports;
import vn.resultpost.gateway.simulator.DossierSystemSimulator;
import vn.resultpost.gateway.simulator.SimulatorFaults;
import vn.resultpost.gateway.simulator.SimulatorFaults.Faults;
import vn.resultpost.gateway.simulator.VnpostSimulator;

/**
 * The JMS channel end to end: results on the inbound queue (in-VM, and over the embedded broker's TCP acceptor
 * as an outside client would) end DELIVERED with every status reported; refused ones end in the invalid queue
 * with the reason and the original body, get a rejection reply when asked, and are reported back as REJECTED.
 */
@TestPropertySource(properties = {"simulator.vnpost.scenario=deliver",
        "gateway.agencies[000.00.15.H26].inbound-channels=REST"})
class JmsChannelFlowTest extends GatewayTestSupport {

    static final String INBOUND = "gateway.inbound.results";
    static final String INVALID = "gateway.inbound.results.invalid";
    private static final String AGENCY = "000.00.12.H26";
    private static final String REST_ONLY_AGENCY = "000.00.15.H26";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static int tcpPort;

    @Autowired
    ConnectionFactory connectionFactory;

    @Autowired
    DossierSystemSimulator dossierSystem;

    @Autowired
    VnpostSimulator vnpost;

    @Autowired
    SimulatorFaults faults;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RejectionReports rejectionReports;

    @Autowired
    TransactionTemplate tx;

    @DynamicPropertySource
    static void tcpAcceptor(DynamicPropertyRegistry registry) throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            tcpPort = socket.getLocalPort();
        }
        registry.add("gateway.channels.jms.embedded-acceptor", () -> "tcp://127.0.0.1:" + tcpPort);
    }

    @AfterEach
    void heal() {
        faults.set(new Faults(0, 0, false));
    }

    private JmsTestClient inVm() {
        return new JmsTestClient(connectionFactory);
    }

    /** An outside client, over the embedded broker's TCP acceptor. */
    private static JmsTestClient tcp() {
        return new JmsTestClient(new ActiveMQConnectionFactory("tcp://127.0.0.1:" + tcpPort));
    }

    @Test
    void resultOnTheQueueEndsDeliveredWithEveryStatusReportedAndTheSameMessageTwiceIsOneShipment() {
        String dossier = "000.00.12.H26-261128-J001";
        String json = Fixtures.result(dossier);
        inVm().sendText(INBOUND, json, Map.of());
        inVm().sendText(INBOUND, json, Map.of());

        await().atMost(Duration.ofSeconds(40)).untilAsserted(() ->
                assertThat(dossierSystem.callbacks(AGENCY, dossier)).extracting(StatusReport::status)
                        .contains(ShipmentStatus.DELIVERED));
        assertThat(dossierSystem.callbacks(AGENCY, dossier)).extracting(StatusReport::status)
                .containsExactlyElementsOf(DELIVERED_LIFECYCLE);
        assertThat(dossierSystem.callbacks(AGENCY, dossier).get(5).dossierStatusCode()).isEqualTo("10");
        String shipmentId = view(AGENCY, dossier).path("shipmentId").asText();
        assertThat(vnpost.createCallsFor(shipmentId)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from shipment where dossier_code = ?").param(dossier)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(auditParties("IN", dossier)).containsExactly("dossier-system:" + AGENCY, "dossier-system:" + AGENCY);
        assertThat(invalid(dossier)).isEmpty();
    }

    @Test
    void utf8BytesMessageIsAcceptedLikeText() {
        String dossier = "000.00.12.H26-261128-J002";
        tcp().sendBytes(INBOUND, ("\uFEFF" + Fixtures.result(dossier)).getBytes(StandardCharsets.UTF_8), Map.of());

        await().atMost(Duration.ofSeconds(20)).until(() -> view(AGENCY, dossier).path("status").isTextual());
        assertThat(view(AGENCY, dossier).path("status").asText()).isNotEqualTo("REJECTED");
    }

    @Test
    void requesterGetsTheAcceptanceOnItsReplyToWithItsCorrelationIdThenExisting() throws Exception {
        String dossier = "000.00.12.H26-261128-J003";
        Found first = tcp().request(INBOUND, Fixtures.result(dossier), "corr-J003", Duration.ofSeconds(20));

        assertThat(first.correlationId()).isEqualTo("corr-J003");
        assertThat((Long) first.properties().get("expiration")).as("replies expire (reply-time-to-live)")
                .isGreaterThan(System.currentTimeMillis());
        assertThat(first.property(JmsResultsAdapter.OUTCOME)).isEqualTo("CREATED");
        JsonNode accepted = JSON.readTree(first.body());
        assertThat(accepted.path("outcome").asText()).isEqualTo("CREATED");
        assertThat(accepted.path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.path("shipmentId").asText()).isNotBlank();
        assertThat(accepted.path("statusUrl").asText()).isEqualTo("/api/v1/results/" + AGENCY + "/" + dossier);

        Found again = tcp().request(INBOUND, Fixtures.result(dossier), null, Duration.ofSeconds(20));
        assertThat(again.correlationId()).as("the request's message id when it has no correlation id")
                .isEqualTo(again.property("requestId"));
        JsonNode existing = JSON.readTree(again.body());
        assertThat(existing.path("outcome").asText()).isEqualTo("EXISTING");
        assertThat(existing.path("shipmentId").asText()).isEqualTo(accepted.path("shipmentId").asText());
        assertThat(jdbc.sql("select party from message_log where direction = 'OUT' and dossier_code = ? "
                + "and body like '%\"outcome\":%' order by seq").param(dossier).query(String.class).list())
                .as("both replies recorded").containsExactly("dossier-system:" + AGENCY, "dossier-system:" + AGENCY);
    }

    @Test
    void theDocumentedCommandLineClientGetsTheAnswer() throws Exception {
        String dossier = "000.00.12.H26-261128-J011";
        String answer = vn.resultpost.gateway.simulator.JmsSubmit.submit("tcp://127.0.0.1:" + tcpPort, null, null,
                INBOUND, Fixtures.result(dossier), Duration.ofSeconds(20));
        assertThat(answer).startsWith("CREATED {").contains("\"shipmentId\"");
    }

    @Test
    void malformedMessageIsMovedToTheInvalidQueueWithTheReasonAndItsBodyAndGetsARejectionReply() throws Exception {
        String body = "{\"agencyCode\": \"000.00.12.H26\", \"dossierCode\": \"000.00.12.H26-261128-J004\", \"applicant\": ";
        Found reply = tcp().request(INBOUND, body, "corr-J004", Duration.ofSeconds(20));

        JsonNode problem = JSON.readTree(reply.body());
        assertThat(reply.correlationId()).isEqualTo("corr-J004");
        assertThat(problem.path("type").asText()).isEqualTo("/problems/invalid-result");
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("$");
        assertThat(problem.path("errors").get(0).path("message").asText()).contains("malformed JSON");

        Found parked = await().atMost(Duration.ofSeconds(10)).until(() -> invalidWithBody(body), f -> f != null);
        assertThat(parked.property("gatewayRejectionType")).isEqualTo("invalid-result");
        assertThat(parked.property("gatewayRejectionDetail")).contains("malformed JSON");
        assertThat(JSON.readTree(parked.property("gatewayRejectionErrors")).get(0).path("field").asText()).isEqualTo("$");
        assertThat(parked.property("gatewayRejectedAt")).isNotBlank();
        assertThat(parked.property("gatewayOriginalMessageId")).isEqualTo(reply.property("requestId"));
        assertThat(parked.correlationId()).isEqualTo("corr-J004");
        assertThat(auditParties("IN", null)).contains("dossier-system");
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() ->
                dossierSystem.callbacks(AGENCY, "000.00.12.H26-261128-J004").isEmpty());
    }

    @Test
    void invalidResultIsParkedWithItsPropertiesAnsweredAndReportedToTheAgencyNamingTheField() throws Exception {
        String dossier = "000.00.12.H26-261128-J005";
        String body = Fixtures.result(dossier).replace("+84 912.345.678", "12345");
        inVm().sendText(INBOUND, body, Map.of("senderRef", "batch-7", "priorityHint", 3));

        Found parked = await().atMost(Duration.ofSeconds(10)).until(() -> single(invalid(dossier)), f -> f != null);
        assertThat(parked.body()).isEqualTo(body);
        assertThat(parked.properties()).containsEntry("senderRef", "batch-7").containsEntry("priorityHint", 3);
        assertThat(parked.property("gatewayRejectionType")).isEqualTo("invalid-result");
        assertThat(parked.property("gatewayRejectionDetail")).contains("applicant.phone");
        assertThat(JSON.readTree(parked.property("gatewayRejectionErrors")).findValuesAsText("field"))
                .containsExactly("applicant.phone");

        String listed = get("/api/v1/admin/dead-letters?queue=" + INBOUND).body();
        assertThat(listed).as("listed with personal numbers masked").contains(dossier).contains("*********345")
                .doesNotContain("001190012345");
        assertThat(parked.body()).as("the parked message itself intact").contains("001190012345");

        StatusReport rejected = awaitRejection(AGENCY, dossier);
        assertThat(rejected.description()).startsWith("Refused at intake (JMS): applicant.phone: ");
        assertThat(rejected.dossierStatusCode()).isEqualTo("9");
        assertThat(rejected.shipmentId()).isNull();
        assertThat(rejected.sequence()).isZero();
        assertThat(view(AGENCY, dossier).path("status").asText()).as("no shipment").isNotEqualTo("ACCEPTED");
        assertThat(auditParties("OUT", dossier)).as("the report, recorded by the reporter").contains("dossier-system:" + AGENCY);
    }

    @Test
    void agencyNotAllowedOnJmsIsForbiddenParkedAnsweredAndToldOfIt() throws Exception {
        String dossier = "000.00.15.H26-261128-J006";
        String body = Fixtures.result(dossier).replace("\"000.00.12.H26\"", "\"" + REST_ONLY_AGENCY + "\"");
        Found reply = tcp().request(INBOUND, body, "corr-J006", Duration.ofSeconds(20));

        JsonNode problem = JSON.readTree(reply.body());
        assertThat(problem.path("type").asText()).isEqualTo("/problems/forbidden");
        assertThat(problem.path("status").asInt()).isEqualTo(403);
        assertThat(problem.path("detail").asText()).contains("JMS").contains("inbound-channels");
        assertThat(reply.property(JmsResultsAdapter.OUTCOME)).isEqualTo("REJECTED");
        Found parked = await().atMost(Duration.ofSeconds(10)).until(() -> single(invalid(dossier)), f -> f != null);
        assertThat(parked.property("gatewayRejectionType")).isEqualTo("forbidden");
        assertThat(parked.body()).isEqualTo(body);
        assertThat(awaitRejection(REST_ONLY_AGENCY, dossier).description())
                .startsWith("Refused at intake (JMS): ").contains("does not hand results over JMS");
    }

    @Test
    void conflictingResubmissionIsParkedAnsweredWithTheShipmentAndReported() throws Exception {
        String dossier = "000.00.12.H26-261128-J007";
        Found created = tcp().request(INBOUND, Fixtures.result(dossier), null, Duration.ofSeconds(20));
        String other = Fixtures.result(dossier).replace("+84 912.345.678", "0987654321");
        Found conflict = tcp().request(INBOUND, other, null, Duration.ofSeconds(20));

        JsonNode problem = JSON.readTree(conflict.body());
        assertThat(problem.path("type").asText()).isEqualTo("/problems/result-conflict");
        assertThat(problem.path("status").asInt()).isEqualTo(409);
        assertThat(problem.path("shipmentId").asText()).isEqualTo(JSON.readTree(created.body()).path("shipmentId").asText());
        Found parked = await().atMost(Duration.ofSeconds(10)).until(() -> single(invalid(dossier)), f -> f != null);
        assertThat(parked.body()).isEqualTo(other);
        assertThat(parked.property("gatewayRejectionType")).isEqualTo("result-conflict");
        assertThat(awaitRejection(AGENCY, dossier).description()).contains("already has shipment");
    }

    @Test
    void largeMessagesOverTheLimitAreRefusedAndKeptIntact() {
        String dossier = "000.00.12.H26-261128-J012";
        String big = Fixtures.result(dossier).replace("Số 12 ngõ 34 phố Đội Cấn", "Đội Cấn ".repeat(40_000));
        assertThat(big.length()).isGreaterThan(300_000);
        inVm().sendText(INBOUND, big, Map.of("kind", "text"));
        tcp().sendBytes(INBOUND, big.getBytes(StandardCharsets.UTF_8), Map.of("kind", "bytes"));

        await().atMost(Duration.ofSeconds(20)).until(() -> inVm().browse(INVALID).stream()
                .filter(f -> "text".equals(f.property("kind")) || "bytes".equals(f.property("kind"))).count() == 2);
        // Artemis does not browse a large BytesMessage whole: take both to compare their bodies.
        Found text = tcp().take(INVALID, "kind = 'text'");
        Found bytes = tcp().take(INVALID, "kind = 'bytes'");
        assertThat(text.type()).isEqualTo("TextMessage");
        assertThat(text.body()).isEqualTo(big);
        assertThat(text.property("gatewayRejectionDetail")).contains("longer than 262144 characters");
        assertThat(bytes.type()).isEqualTo("BytesMessage");
        assertThat(bytes.body()).isEqualTo(big);
        assertThat(bytes.property("gatewayRejectionDetail")).contains("larger than 262144 bytes");
    }

    @Test
    void rejectionReportRefusedWhileTheDossierSystemIsDownIsRetriedAndArrives() {
        faults.set(new Faults(0, 0, true));
        int refusedBefore = dossierSystem.stats().refused();
        String dossier = "000.00.12.H26-261128-J008";
        inVm().sendText(INBOUND, Fixtures.result(dossier).replace("\"00004\"", "\"99999\""), Map.of());

        await().atMost(Duration.ofSeconds(20)).until(() -> dossierSystem.stats().refused() >= refusedBefore + 2);
        assertThat(rejections(AGENCY, dossier)).isEmpty();
        faults.set(new Faults(0, 0, false));

        assertThat(awaitRejection(AGENCY, dossier).description()).contains("address.wardCode");
        assertThat(rejections(AGENCY, dossier)).hasSize(1);
    }

    @Test
    void anotherChannelQueuesItsRejectionReportThroughTheOutboxInItsOwnTransaction() {
        String dossier = "000.00.12.H26-261128-J013";
        IntakeProblem problem = IntakeProblem.invalid(List.of(new Violation("address.wardCode", "is not a ward")));
        Boolean queued = tx.execute(status -> rejectionReports.enqueue(AGENCY, dossier, Channel.POLLING, problem));
        assertThat(queued).isTrue();
        Boolean unknown = tx.execute(status -> rejectionReports.enqueue("999.99.99.X00", dossier, Channel.POLLING, problem));
        assertThat(unknown).as("an agency the gateway does not know cannot be told").isFalse();
        tx.executeWithoutResult(status -> {
            rejectionReports.enqueue(AGENCY, "000.00.12.H26-261128-J014", Channel.BATCH, problem);
            status.setRollbackOnly();
        });

        assertThat(awaitRejection(AGENCY, dossier).description())
                .isEqualTo("Refused at intake (POLLING): address.wardCode: is not a ward");
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() ->
                rejections(AGENCY, "000.00.12.H26-261128-J014").isEmpty());
    }

    @Test
    void replyToATemporaryQueueThatIsGoneDoesNotUndoTheAcceptance() {
        String dossier = "000.00.12.H26-261128-J009";
        tcp().sendWithVanishedReplyTo(INBOUND, Fixtures.result(dossier));

        await().atMost(Duration.ofSeconds(20)).until(() -> view(AGENCY, dossier).path("shipmentId").isTextual());
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> auditParties("IN", dossier).size() == 1);
        assertThat(inVm().browse("DLQ." + INBOUND)).isEmpty();
    }

    @Test
    void parkedMessagesAreListedByTheAdminApiAndReplayedToTheInboundQueue() throws Exception {
        String body = "not json at all: J010";
        inVm().sendText(INBOUND, body, Map.of("senderRef", "J010"));
        await().atMost(Duration.ofSeconds(10)).until(() -> invalidWithBody(body) != null);

        JsonNode listed = JSON.readTree(get("/api/v1/admin/dead-letters?queue=" + INBOUND).body()).path("deadLetters");
        JsonNode letter = null;
        for (JsonNode l : listed) {
            if (body.equals(l.path("body").asText())) {
                letter = l;
            }
        }
        assertThat(letter).as("listed").isNotNull();
        assertThat(letter.path("parkedIn").asText()).isEqualTo(INVALID);
        assertThat(letter.path("stage").asText()).isEqualTo("jms-results");
        assertThat(letter.path("reason").asText()).contains("invalid-result").contains("malformed JSON");
        String firstRejectedAt = invalidWithBody(body).property("gatewayRejectedAt");

        JsonNode replayed = JSON.readTree(post("/api/v1/admin/dead-letters/replay",
                "{\"queue\":\"" + INBOUND + "\",\"messageIds\":[\"" + letter.path("id").asText() + "\"]}").body());
        assertThat(replayed.path("replayed").asInt()).isEqualTo(1);

        await().atMost(Duration.ofSeconds(10)).until(() -> invalidWithBody(body) != null
                && !firstRejectedAt.equals(invalidWithBody(body).property("gatewayRejectedAt")));
        Found again = invalidWithBody(body);
        assertThat(again.property("senderRef")).as("its own properties travel with it").isEqualTo("J010");
        assertThat(inVm().browse(INVALID).stream().filter(f -> body.equals(f.body()))).as("once").hasSize(1);
    }

    // --- helpers -------------------------------------------------------------------------------------

    private StatusReport awaitRejection(String agency, String dossier) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !rejections(agency, dossier).isEmpty());
        return rejections(agency, dossier).get(0);
    }

    private List<StatusReport> rejections(String agency, String dossier) {
        return dossierSystem.callbacks(agency, dossier).stream()
                .filter(r -> r.status() == ShipmentStatus.REJECTED).toList();
    }

    private List<Found> invalid(String dossier) {
        return inVm().browse(INVALID).stream().filter(f -> f.body() != null && f.body().contains(dossier)).toList();
    }

    private Found invalidWithBody(String body) {
        return inVm().browse(INVALID).stream().filter(f -> body.equals(f.body())).findFirst().orElse(null);
    }

    private static Found single(List<Found> found) {
        return found.size() == 1 ? found.get(0) : null;
    }

    /** The parties of the audit records exchanged with dossier systems about a dossier (or about none). */
    private List<String> auditParties(String direction, String dossier) {
        String dossierSystems = "select party from message_log where direction = ? and party like 'dossier-system%' and ";
        return dossier == null
                ? jdbc.sql(dossierSystems + "dossier_code is null order by seq").param(direction).query(String.class).list()
                : jdbc.sql(dossierSystems + "dossier_code = ? order by seq").params(direction, dossier)
                        .query(String.class).list();
    }
}
