package vn.resultpost.gateway.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpHeaders;

/**
 * A Micrometer meter of the gateway, read as ADMIN from {@code /actuator/metrics/{name}}: its statistics (COUNT,
 * TOTAL, MAX...) now, and what a distribution summary's batches averaged between two readings.
 *
 * <p>It signs in as the benchmark's own monitor ({@code scripts/benchmark/gateway.yml}, bcrypt cost 4), so a reading
 * costs the gateway a bcrypt check of 1.4 ms instead of the demo admin's ~80 ms (cost 10, measured on this box on
 * 2026-12-07; the machine chain is stateless, so every reading is checked). Against a gateway without that user it
 * falls back to the demo admin, and says so.
 */
final class ActuatorMeters {

    /** The benchmark's monitor in {@code scripts/benchmark/gateway.yml} (ADMIN, a bcrypt hash of cost 4). */
    static final String MONITOR = "bench-monitor";
    static final String MONITOR_PASSWORD = "bench-only-monitor";
    private static final String MONITOR_AUTH = basic(MONITOR, MONITOR_PASSWORD);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private volatile String auth = MONITOR_AUTH;

    ActuatorMeters(String base) {
        this.base = base;
    }

    /** The meter's statistics by name (COUNT, TOTAL...); empty if it does not exist or cannot be read. */
    Map<String, Double> read(String meter) {
        try {
            HttpResponse<String> answer = get(meter);
            if (answer.statusCode() == 401 && auth.equals(MONITOR_AUTH)) {
                Benchmark.log("The gateway has no user " + MONITOR + " (scripts/benchmark/gateway.yml): its meters are "
                        + "read as the demo admin, and each reading costs it a bcrypt check of cost 10");
                auth = basic("admin", "demo-only-admin");
                answer = get(meter);
            }
            return answer.statusCode() == 200 ? statistics(JSON.readTree(answer.body())) : Map.of();
        } catch (Exception e) {
            Benchmark.log("Meter " + meter + " unreadable: " + e);
            return Map.of();
        }
    }

    private HttpResponse<String> get(String meter) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/actuator/metrics/" + meter))
                .header("Authorization", auth).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + HttpHeaders.encodeBasicAuth(user, password, StandardCharsets.UTF_8);
    }

    /** The measurements of an actuator metrics answer, by statistic. */
    static Map<String, Double> statistics(JsonNode answer) {
        Map<String, Double> stats = new TreeMap<>();
        answer.path("measurements").forEach(m -> stats.put(m.path("statistic").asText(), m.path("value").asDouble()));
        return stats;
    }

    /**
     * Puts a distribution summary's batches per shipment and mean amount per batch between two readings into the
     * result, under {@code key}PerShipment and {@code key}MeanSize (nothing if either reading is empty).
     */
    static void recordBatches(Map<String, Double> before, Map<String, Double> after, int shipments, String key,
                              Map<String, Object> into) {
        if (before.isEmpty() || after.isEmpty() || shipments == 0) {
            return;
        }
        double batches = after.getOrDefault("COUNT", 0.0) - before.getOrDefault("COUNT", 0.0);
        double amount = after.getOrDefault("TOTAL", 0.0) - before.getOrDefault("TOTAL", 0.0);
        into.put(key + "PerShipment", Math.round(batches * 100 / shipments) / 100.0);
        if (batches > 0) {
            into.put(key + "MeanSize", Math.round(amount * 100 / batches) / 100.0);
        }
    }
}
