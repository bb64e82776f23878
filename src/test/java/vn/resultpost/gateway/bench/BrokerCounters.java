package vn.resultpost.gateway.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import vn.resultpost.gateway.console.ConsoleSession;

/**
 * How many messages the gateway's embedded broker took in, queue by queue (Artemis' {@code MessagesAdded},
 * counted since the broker started), read as the console's ADMIN through Jolokia: what a shipment really costs
 * the broker, against the 11 messages the baseline assumes. Empty when it cannot be read (an external broker).
 */
final class BrokerCounters {

    private static final String QUEUES = "org.apache.activemq.artemis:broker=*,component=addresses,address=*,"
            + "subcomponent=queues,routing-type=*,queue=*";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConsoleSession console;
    private boolean signedIn;

    BrokerCounters(String base) {
        this.console = new ConsoleSession(base);
    }

    /** Messages added per queue name; empty if the broker's MBeans are not in the gateway (or sign-in failed). */
    Map<String, Long> messagesAdded() {
        try {
            if (!signedIn) {
                console.login("admin", "demo-only-admin");
                // Signing in replaces the CSRF token; Hawtio's page hands out the new one, as to a browser.
                console.get("/actuator/hawtio/");
                signedIn = true;
            }
            String read = "{\"type\":\"read\",\"mbean\":\"" + QUEUES + "\",\"attribute\":\"MessagesAdded\"}";
            HttpResponse<String> answer = console.postJson("/actuator/jolokia", read, true);
            return parse(answer.statusCode() == 200 ? JSON.readTree(answer.body()) : null);
        } catch (Exception | AssertionError e) {
            Benchmark.log("broker counters unreadable: " + e);
            return Map.of();
        }
    }

    /** The queue name → MessagesAdded of a Jolokia pattern read's answer; empty if it is not a success. */
    static Map<String, Long> parse(JsonNode answer) {
        Map<String, Long> added = new TreeMap<>();
        if (answer == null || answer.path("status").asInt() != 200) {
            return added;
        }
        answer.path("value").properties().forEach(e -> {
            String queue = e.getKey().replaceAll(".*[,:]queue=\"?([^\",]+)\"?.*", "$1");
            added.merge(queue, e.getValue().path("MessagesAdded").asLong(), Long::sum);
        });
        return added;
    }

    /** Messages added between two readings, per queue of the later one (queues that took none left out). */
    static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> delta = new TreeMap<>();
        after.forEach((queue, n) -> {
            long d = n - before.getOrDefault(queue, 0L);
            if (d != 0) {
                delta.put(queue, d);
            }
        });
        return delta;
    }

    /** Puts the messages per shipment and per queue of a phase into the result (nothing if unreadable). */
    static void record(Map<String, Long> before, Map<String, Long> after, int shipments, Map<String, Object> into) {
        if (after.isEmpty() || shipments == 0) {
            return;
        }
        Map<String, Long> delta = delta(before, after);
        into.put("brokerMessagesPerShipment",
                Math.round(delta.values().stream().mapToLong(Long::longValue).sum() * 100.0 / shipments) / 100.0);
        into.put("brokerMessagesByQueue", delta);
    }
}
