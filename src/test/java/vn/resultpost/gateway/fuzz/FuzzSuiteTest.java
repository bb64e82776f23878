package vn.resultpost.gateway.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.ConnectionFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.GatewayTestSupport;
import vn.resultpost.gateway.channel.jms.JmsTestClient;
import vn.resultpost.gateway.channel.soap.SoapChannelTest;
import vn.resultpost.gateway.deadletter.DeadLetterQueues;
import vn.resultpost.gateway.security.WebhookVerifier;

/**
 * The fuzz suite: generated malformed and hostile payloads over REST, SOAP, webhooks, the JMS channel's
 * inbound queue and the JMS stage queues. No 5xx anywhere (on SOAP, no 500 that is not a SOAP fault), and every
 * message taken from a queue ends somewhere visible (accepted, the invalid-message queue or a dead-letter queue
 * with its reason, or the operator event log). {@code -Dfuzz.count=N} payloads
 * per surface (CI runs a short version; {@code -Dfuzz.count=2500} covers 10,000 in all).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestPropertySource(properties = {"simulator.vnpost.scenario=deliver", "gateway.redelivery.max-attempts=3",
        "gateway.security.rate-limit.requests-per-second=1000000"})
class FuzzSuiteTest extends GatewayTestSupport {

    private static final int COUNT = Integer.getInteger("fuzz.count", 300);
    private static final long SEED = Long.getLong("fuzz.seed", 20261128L);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INBOUND = "gateway.inbound.results";
    private static final String INVALID = "gateway.inbound.results.invalid";

    @Autowired
    ProducerTemplate producer;

    @Autowired
    DeadLetterQueues deadLetters;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConnectionFactory connectionFactory;

    @Test
    void restSubmissionsNeverAnswer5xx() {
        HostilePayloads payloads = new HostilePayloads(SEED, Fixtures.result("000.00.12.H26-261128-FUZZ"));
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < COUNT; i++) {
            String body = payloads.next();
            HttpResponse<String> reply = post("/api/v1/results", body);
            statuses.merge(reply.statusCode(), 1, Integer::sum);
            assertThat(reply.statusCode()).as("payload %d: %s → %s", i, abbreviate(body), reply.body()).isLessThan(500);
        }
        System.out.println("fuzz REST submit: " + COUNT + " payloads, statuses " + statuses);
    }

    @Test
    void signedAndUnsignedWebhooksNeverAnswer5xx() {
        String event = "{\"itemCode\":\"EB000000001VN\",\"orderReference\":\"r\",\"statusCode\":\"6\",\"statusName\":\"x\","
                + "\"eventTime\":\"2026-11-28T10:15:00+07:00\"}";
        HostilePayloads payloads = new HostilePayloads(SEED + 1, event);
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < COUNT; i++) {
            String body = payloads.next();
            HttpResponse<String> signed = post("/api/v1/operators/vnpost/events", body);
            statuses.merge(signed.statusCode(), 1, Integer::sum);
            assertThat(signed.statusCode()).as("signed %d: %s → %s", i, abbreviate(body), signed.body()).isLessThan(500);
            HttpResponse<String> unsigned = send(request("/api/v1/operators/vnpost/events")
                    .header("Content-Type", "application/json")
                    .header(WebhookVerifier.TIMESTAMP, String.valueOf(Instant.now().getEpochSecond()))
                    .header(WebhookVerifier.SIGNATURE, "sha256=" + abbreviate(body).hashCode())
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
            assertThat(unsigned.statusCode()).isEqualTo(401);
        }
        System.out.println("fuzz webhooks: " + COUNT + " signed payloads, statuses " + statuses);
    }

    @Test
    void soapEnvelopesGetAResultOrASoapFaultNeverAnotherServerError() {
        String valid = SoapChannelTest.envelope(SoapChannelTest.USER, SoapChannelTest.PASSWORD,
                SoapChannelTest.submitResult("000.00.12.H26", "000.00.12.H26-261128-SOAPFUZZ", "0912345678"));
        HostilePayloads payloads = new HostilePayloads(SEED + 5, valid);
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < COUNT; i++) {
            String body = payloads.next();
            HttpResponse<String> reply = send(request("/services/results")
                    .header("Content-Type", "text/xml; charset=UTF-8").header("SOAPAction", "\"\"")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
            statuses.merge(reply.statusCode(), 1, Integer::sum);
            if (reply.statusCode() >= 500) {
                assertThat(reply.statusCode()).as("SOAP 1.1 answers a fault with 500, nothing else: %s → %s",
                        abbreviate(body), abbreviate(reply.body())).isEqualTo(500);
                assertThat(reply.body()).as(abbreviate(body)).contains("Fault").doesNotContain("root:x:0:0");
            }
        }
        System.out.println("fuzz SOAP: " + COUNT + " envelopes, statuses " + statuses + " (500 = SOAP fault)");
    }

    @Test
    void hostileMessagesOnTheInboundJmsQueueAreEachAcceptedOrMovedToTheInvalidQueueNeverLost() throws Exception {
        HostilePayloads payloads = new HostilePayloads(SEED + 6, Fixtures.result("000.00.12.H26-261128-JMSFUZZ"));
        List<JmsTestClient.MessageFactory> messages = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            String body = payloads.next();
            int index = i;
            messages.add(session -> {
                jakarta.jms.Message m = switch (index % 4) {
                    case 0, 1 -> session.createTextMessage(body);
                    case 2 -> bytes(session, body.getBytes(StandardCharsets.UTF_8));
                    default -> bytes(session, body.getBytes(StandardCharsets.ISO_8859_1));
                };
                m.setIntProperty("fuzzIndex", index);
                return m;
            });
        }
        messages.add(session -> tagged(session.createObjectMessage(new java.util.ArrayList<>(List.of("x"))), COUNT));
        messages.add(session -> tagged(session.createMapMessage(), COUNT + 1));
        messages.add(session -> tagged(session.createMessage(), COUNT + 2));
        JmsTestClient client = new JmsTestClient(connectionFactory);

        Map<String, JmsTestClient.Found> replies = client.requestAll(INBOUND, "fuzz", messages, Duration.ofSeconds(120));

        assertThat(replies).as("every message answered once, at its first delivery").hasSize(messages.size());
        Map<String, Integer> outcomes = new TreeMap<>();
        Set<Integer> rejected = new HashSet<>();
        replies.forEach((correlation, reply) -> {
            String outcome = reply.property("gatewayOutcome");
            outcomes.merge(outcome, 1, Integer::sum);
            assertThat(outcome).as(correlation).isIn("CREATED", "EXISTING", "REJECTED");
            if ("REJECTED".equals(outcome)) {
                rejected.add(Integer.parseInt(correlation.substring("fuzz-".length())));
            }
        });
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(fuzzIndexes(client, INVALID))
                .as("each refused message once in the invalid queue").containsExactlyInAnyOrderElementsOf(rejected));
        assertThat(fuzzIndexes(client, "DLQ." + INBOUND)).as("no failure, no crash loop").isEmpty();
        assertThat(client.browse(INBOUND)).as("nothing left behind").isEmpty();
        System.out.println("fuzz JMS channel: " + messages.size() + " messages, outcomes " + outcomes
                + ", every refused one in " + INVALID);
    }

    private static jakarta.jms.Message bytes(jakarta.jms.Session session, byte[] body) throws jakarta.jms.JMSException {
        jakarta.jms.BytesMessage m = session.createBytesMessage();
        m.writeBytes(body);
        return m;
    }

    private static jakarta.jms.Message tagged(jakarta.jms.Message m, int index) throws jakarta.jms.JMSException {
        m.setIntProperty("fuzzIndex", index);
        return m;
    }

    private static List<Integer> fuzzIndexes(JmsTestClient client, String queue) {
        return client.browse(queue).stream().filter(f -> f.properties().containsKey("fuzzIndex"))
                .map(f -> ((Number) f.properties().get("fuzzIndex")).intValue()).toList();
    }

    @Test
    void hostilePathsNeverAnswer5xx() {
        HostilePayloads segments = new HostilePayloads(SEED + 2, "000.00.12.H26-261128-0001");
        for (int i = 0; i < COUNT / 3; i++) {
            String segment = URLEncoder.encode(segments.next(), StandardCharsets.UTF_8);
            HttpResponse<String> reply = get("/api/v1/results/000.00.12.H26/" + segment);
            assertThat(reply.statusCode()).as(segment).isLessThan(500);
            HttpResponse<String> admin = get("/api/v1/admin/dead-letters?queue=" + segment);
            assertThat(admin.statusCode()).as(segment).isLessThan(500);
        }
    }

    /** Runs first, on a quiet gateway, so every operator-event row written meanwhile is one of its messages. */
    @Test
    @Order(1)
    void hostileQueueMessagesEndInADeadLetterQueueOrTheEventLog() {
        int perQueue = Math.max(10, COUNT / 3);
        Instant start = Instant.now();
        int ordersBefore = deadLetters.list("gateway.orders", 1).total();
        int reportsBefore = deadLetters.list("gateway.reports", 1).total();
        int eventsBefore = deadLetters.list("gateway.status-events", 1).total();
        int rejectionsBefore = deadLetters.list("gateway.rejections", 1).total();
        HostilePayloads ids = new HostilePayloads(SEED + 3, "3f2a9c1e-0000-4000-8000-000000000000");
        for (int i = 0; i < perQueue; i++) {
            producer.sendBody("jms:queue:gateway.orders?exchangePattern=InOnly", "fuzz-" + i + ids.next());
            producer.sendBody("jms:queue:gateway.reports?exchangePattern=InOnly", "fuzz-" + i + ids.next());
            producer.sendBody("jms:queue:gateway.rejections?exchangePattern=InOnly", "fuzz-" + i + ids.next());
        }
        Set<String> validKeys = new HashSet<>();
        int duplicates = 0;
        for (int i = 0; i < perQueue; i++) {
            String event = "{\"operatorCode\":\"vnpost\",\"waybill\":\"FUZZ" + i + "X\",\"statusCode\":\"6\","
                    + "\"occurredAt\":\"2026-11-28T03:15:00Z\"}";
            String body = new HostilePayloads(SEED + 4 + i, event).next();
            String key = validEventKey(body);
            if (key != null && !validKeys.add(key)) {
                duplicates++;
            }
            producer.sendBody("jms:queue:gateway.status-events?exchangePattern=InOnly", body);
        }
        int recognisedDuplicates = duplicates;
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            assertThat(deadLetters.list("gateway.orders", 1).total() - ordersBefore).as("orders").isEqualTo(perQueue);
            assertThat(deadLetters.list("gateway.reports", 1).total() - reportsBefore).as("reports").isEqualTo(perQueue);
            assertThat(deadLetters.list("gateway.rejections", 1).total() - rejectionsBefore).as("rejections").isEqualTo(perQueue);
            assertThat(deadLetters.list("gateway.status-events", 1).total() - eventsBefore + loggedSince(start)
                    + recognisedDuplicates).as("status events: parked + logged + recognised duplicates")
                    .isEqualTo(perQueue);
        });
        System.out.println("fuzz JMS: " + 4 * perQueue + " messages, all visible (dead-letter queues or event log; "
                + recognisedDuplicates + " recognised duplicates)");
    }

    /** The de-duplication key of a message the gateway would take as a valid event, else null. */
    private static String validEventKey(String body) {
        try {
            JsonNode e = JSON.readTree(body);
            String op = e.path("operatorCode").asText("");
            String waybill = e.path("waybill").asText("");
            String code = e.path("statusCode").asText("");
            if (!e.path("operatorCode").isTextual() || !e.path("waybill").isTextual() || !e.path("statusCode").isTextual()
                    || op.isBlank() || waybill.isBlank() || code.isBlank() || waybill.length() > 64 || code.length() > 16) {
                return null;
            }
            return op + "|" + waybill + "|" + code + "|" + Instant.parse(e.path("occurredAt").asText());
        } catch (Exception notValid) {
            return null;
        }
    }

    private int loggedSince(Instant start) {
        return jdbc.sql("select count(*) from operator_event where received_at >= ?")
                .param(java.sql.Timestamp.from(start.minusSeconds(1))).query(Integer.class).single();
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…(" + s.length() + " chars)";
    }
}
