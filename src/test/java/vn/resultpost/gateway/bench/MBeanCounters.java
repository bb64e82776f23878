package vn.resultpost.gateway.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import vn.resultpost.gateway.console.ConsoleSession;

/**
 * Counters of the gateway's MBeans, read as the console's ADMIN through Jolokia: how many messages the embedded
 * broker took in, queue by queue (Artemis' {@code MessagesAdded}, against the 11 messages the baseline assumes), and
 * how many writes the embedded H2 database made to its file (H2's {@code FileWriteCount}, one per commit and a few
 * headers). Each is empty when it cannot be read (an external broker; PostgreSQL).
 */
final class MBeanCounters {

    private static final String QUEUES = "org.apache.activemq.artemis:broker=*,component=addresses,address=*,"
            + "subcomponent=queues,routing-type=*,queue=*";
    /** What of an Artemis queue's MBean name keys its count: the queue's name. */
    static final String QUEUE_NAME = ".*[,:]queue=\"?([^\",]+)\"?.*";
    private static final String H2 = "org.h2:*";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConsoleSession console;
    private boolean signedIn;

    MBeanCounters(String base) {
        this.console = new ConsoleSession(base);
    }

    /** Messages added per queue name; empty if the broker's MBeans are not in the gateway (or sign-in failed). */
    Map<String, Long> messagesAdded() {
        return parse(read(QUEUES, "MessagesAdded"), "MessagesAdded", QUEUE_NAME);
    }

    /** Writes of the H2 database to its file since it opened; -1 if it has no MBean (PostgreSQL) or is unreadable. */
    long h2FileWrites() {
        Map<String, Long> writes = parse(read(H2, "FileWriteCount"), "FileWriteCount", ".*");
        return writes.isEmpty() ? -1 : writes.values().stream().mapToLong(Long::longValue).sum();
    }

    private JsonNode read(String pattern, String attribute) {
        try {
            if (!signedIn) {
                console.login("admin", "demo-only-admin");
                // Signing in replaces the CSRF token; Hawtio's page hands out the new one, as to a browser.
                console.get("/actuator/hawtio/");
                signedIn = true;
            }
            String read = "{\"type\":\"read\",\"mbean\":\"" + pattern + "\",\"attribute\":\"" + attribute + "\"}";
            HttpResponse<String> answer = console.postJson("/actuator/jolokia", read, true);
            return answer.statusCode() == 200 ? JSON.readTree(answer.body()) : null;
        } catch (Exception | AssertionError e) {
            Benchmark.log("MBean counters " + pattern + " unreadable: " + e);
            return null;
        }
    }

    /**
     * The attribute per MBean of a Jolokia pattern read's answer, keyed by what {@code nameToKey} (a regex, group 1
     * if it has one) keeps of the MBean's name, summed where keys repeat; empty if it is not a success.
     */
    static Map<String, Long> parse(JsonNode answer, String attribute, String nameToKey) {
        Map<String, Long> counts = new TreeMap<>();
        if (answer == null || answer.path("status").asInt() != 200) {
            return counts;
        }
        String key = nameToKey.contains("(") ? "$1" : "$0";
        answer.path("value").properties().forEach(e ->
                counts.merge(e.getKey().replaceAll(nameToKey, key), e.getValue().path(attribute).asLong(), Long::sum));
        return counts;
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

    /** Puts the H2 file writes per shipment of a phase into the result (nothing if either reading failed). */
    static void recordH2(long before, long after, int shipments, Map<String, Object> into) {
        if (before >= 0 && after >= 0 && shipments > 0) {
            into.put("h2FileWritesPerShipment", Math.round((after - before) * 100.0 / shipments) / 100.0);
        }
    }
}
