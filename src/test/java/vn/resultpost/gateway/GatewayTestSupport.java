package vn.resultpost.gateway;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.UUID;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that start the whole gateway: a free port, a fresh data folder (embedded Artemis
 * and H2), simulators that do not submit on their own, short delays.
 */
@CamelSpringBootTest
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {
                "simulator.dossier.results-per-tick=0",
                "simulator.vnpost.step-delay=100ms",
                "gateway.redelivery.initial-delay-ms=200",
                "gateway.redelivery.max-delay-ms=1000",
                "gateway.outbox.poll-interval-ms=50"})
public abstract class GatewayTestSupport {

    protected static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) throws IOException {
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

    protected HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    protected HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
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
