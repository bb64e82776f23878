package vn.resultpost.gateway;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.security.WebhookVerifier;

/**
 * Base of the tests that start the whole gateway: a free port, a fresh data folder (embedded Artemis
 * and H2), simulators that do not submit on their own, short delays.
 */
@CamelSpringBootTest
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {
                "simulator.dossier.results-per-tick=0",
                "simulator.ready-for-post.results-per-tick=0",
                "simulator.vnpost.step-delay=100ms",
                "gateway.redelivery.initial-delay-ms=200",
                "gateway.redelivery.max-delay-ms=1000",
                "gateway.outbox.poll-interval-ms=50",
                "gateway.operator-resilience.defaults.initial-backoff=50ms",
                "gateway.operator-resilience.defaults.open-for=2s",
                "gateway.operator-resilience.defaults.deferral=1s",
                "gateway.tracking.tick=200ms",
                "gateway.tracking.first-poll=100ms",
                "gateway.tracking.interval=300ms"})
public abstract class GatewayTestSupport {

    protected static final HttpClient HTTP = HttpClient.newHttpClient();
    /** The statuses a result reports when it is delivered at the first attempt, in order. */
    protected static final List<ShipmentStatus> DELIVERED_LIFECYCLE = List.of(ShipmentStatus.ACCEPTED,
            ShipmentStatus.ORDER_CREATED, ShipmentStatus.PICKED_UP, ShipmentStatus.IN_TRANSIT,
            ShipmentStatus.OUT_FOR_DELIVERY, ShipmentStatus.DELIVERED);
    protected static final String DEMO_API_KEY = "demo-only-api-key-dossier-system";
    private static final ObjectMapper VIEW_JSON = new ObjectMapper();
    protected static final String DEMO_WEBHOOK_SECRET = "demo-only-webhook-secret";
    private static final java.util.Map<String, Long> WEBHOOK_SECONDS = new java.util.HashMap<>();

    @LocalServerPort
    protected int port;

    /** A free port and a fresh data folder: for these tests, and for a test of another package that starts the gateway. */
    @DynamicPropertySource
    public static void gatewayProperties(DynamicPropertyRegistry registry) throws IOException {
        int chosen;
        try (ServerSocket socket = new ServerSocket(0)) {
            chosen = socket.getLocalPort();
        }
        Path data = Path.of("target", "test-data", UUID.randomUUID().toString()).toAbsolutePath();
        registry.add("server.port", () -> chosen);
        registry.add("gateway.data-dir", data::toString);
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** POSTs as the caller each path expects: a signed operator webhook, an admin, or the demo client. */
    protected HttpResponse<String> post(String path, String json) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (path.startsWith("/api/v1/operators/")) {
            String timestamp = String.valueOf(webhookSecond(json));
            request.header(WebhookVerifier.TIMESTAMP, timestamp).header(WebhookVerifier.SIGNATURE,
                    "sha256=" + WebhookVerifier.sign(DEMO_WEBHOOK_SECRET, timestamp + "." + json));
        } else {
            authenticate(path, request);
        }
        return send(request.build());
    }

    /** GETs as the caller the path expects: an admin for /api/v1/admin, else the demo client. */
    protected HttpResponse<String> get(String path) {
        HttpRequest.Builder request = request(path).GET();
        authenticate(path, request);
        return send(request.build());
    }

    /** The result's shipment view (GET /api/v1/results/{agency}/{dossier}) as JSON. */
    protected JsonNode view(String agencyCode, String dossierCode) {
        try {
            return VIEW_JSON.readTree(get("/api/v1/results/" + agencyCode + "/" + dossierCode).body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    protected HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl() + path));
    }

    private static void authenticate(String path, HttpRequest.Builder request) {
        if (path.startsWith("/api/v1/admin/")) {
            request.header("Authorization", basic("admin", "demo-only-admin"));
        } else {
            request.header("X-API-Key", DEMO_API_KEY);
        }
    }

    protected static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The current second, or a later one when the same body was already signed for it, so that a test
     * that sends the same event twice is not taken for a replay.
     */
    private static synchronized long webhookSecond(String body) {
        long second = Math.max(Instant.now().getEpochSecond(), WEBHOOK_SECONDS.getOrDefault(body, 0L) + 1);
        WEBHOOK_SECONDS.put(body, second);
        return second;
    }

    protected static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return HTTP.send(request, handler);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
