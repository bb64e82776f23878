package vn.resultpost.gateway.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.resultpost.gateway.GatewayTestSupport;

/**
 * Replay of more parked messages than the broker keeps in memory (here 1 MB, so most of them are paged): every one goes
 * back, in transactions of {@value DeadLetterQueues#REPLAY_BATCH}, and those the stage parks again during the replay
 * are not taken a second time.
 */
@TestPropertySource(properties = "gateway.broker.global-max-size=1MB")
class DeadLetterReplayBoundsTest extends GatewayTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PARKED = 1500; // ~2 KB each: some 3 MB, three times the broker's bound

    @Autowired
    ConnectionFactory connectionFactory;

    @Test
    void replayingAllOfAPagedDeadLetterQueueMovesEveryMessageOnce() throws Exception {
        try (Connection c = connectionFactory.createConnection()) {
            Session s = c.createSession(true, Session.SESSION_TRANSACTED);
            MessageProducer producer = s.createProducer(s.createQueue("DLQ.gateway.orders"));
            for (int i = 0; i < PARKED; i++) {
                producer.send(s.createTextMessage("no-such-shipment-" + i + "-" + "x".repeat(2000)));
                if (i % 250 == 249) {
                    s.commit();
                }
            }
            s.commit();
        }
        assertThat(count()).isEqualTo(PARKED);

        JsonNode replayed = JSON.readTree(post("/api/v1/admin/dead-letters/replay",
                "{\"queue\":\"gateway.orders\",\"all\":true}").body());

        assertThat(replayed.path("replayed").asInt()).as("every parked message, none twice").isEqualTo(PARKED);
        // The order stage refuses each again (no such shipment) and parks it anew: all of them, none lost.
        await().atMost(Duration.ofSeconds(90)).until(() -> count() == PARKED);
    }

    private int count() throws Exception {
        return JSON.readTree(get("/api/v1/admin/dead-letters?queue=gateway.orders&limit=1").body()).path("count").asInt();
    }
}
