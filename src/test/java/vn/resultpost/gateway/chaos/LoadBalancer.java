package vn.resultpost.gateway.chaos;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * TEST INFRASTRUCTURE: the load balancer in front of several gateway instances, as a deployment has one
 * (HAProxy, nginx, a Kubernetes Service). Round robin; a backend that refuses the connection (killed,
 * restarting) is skipped and the next one tried; a request that reached a backend is never sent twice.
 */
final class LoadBalancer implements AutoCloseable {

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "host", "keep-alive",
            "transfer-encoding", "upgrade", "expect", "te", "trailer", "proxy-connection");

    private final List<Integer> backends;
    private final HttpServer server;
    private final ExecutorService workers = Executors.newFixedThreadPool(16);
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicInteger next = new AtomicInteger();

    LoadBalancer(int port, List<Integer> backendPorts) throws IOException {
        this.backends = List.copyOf(backendPorts);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
        server.setExecutor(workers);
        server.createContext("/", this::forward);
        server.start();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            int first = Math.floorMod(next.getAndIncrement(), backends.size());
            for (int i = 0; i < backends.size(); i++) {
                int port = backends.get((first + i) % backends.size());
                try {
                    HttpResponse<byte[]> r = client.send(request(exchange, port, body), HttpResponse.BodyHandlers.ofByteArray());
                    r.headers().map().forEach((name, values) -> {
                        if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                            exchange.getResponseHeaders().put(name, values);
                        }
                    });
                    exchange.sendResponseHeaders(r.statusCode(), r.body().length == 0 ? -1 : r.body().length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(r.body());
                    }
                    return;
                } catch (ConnectException refused) {
                    // that instance is down: try the next one
                } catch (IOException lostMidRequest) {
                    break; // it may have acted on the request: the caller decides whether to send it again
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            exchange.sendResponseHeaders(502, -1);
        }
    }

    private static HttpRequest request(HttpExchange exchange, int port, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + exchange.getRequestURI()))
                .timeout(Duration.ofSeconds(30))
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> b.header(name, v));
            }
        });
        return b.build();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
