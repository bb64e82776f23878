package vn.resultpost.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/** Outbound clients reuse one pool of threads, and keep their timeouts. */
class OutboundHttpTest {

    private final OutboundHttp outbound = new OutboundHttp(RestClient.builder(), BackgroundPriority.ofDefaults());
    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer server;
    private String url;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/echo", ex -> {
            byte[] body = ex.getRequestBody().readAllBytes();
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.createContext("/slow", ex -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
        outbound.destroy();
    }

    @Test
    void requestsWithABodyDoNotStartAThreadEach() {
        RestClient client = outbound.client(url, Duration.ofSeconds(2), Duration.ofSeconds(5));
        client.post().uri("/echo").body("warm-up").retrieve().body(String.class);
        long before = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount();
        int requests = 40;
        for (int i = 0; i < requests; i++) {
            assertThat(client.post().uri("/echo").body("report " + i).retrieve().body(String.class))
                    .isEqualTo("report " + i);
        }
        long started = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount() - before;
        // The JDK client's own completion still takes a thread per request where the common pool has one thread
        // (the mains widen it: widenCommonPool); Spring's body writer no longer does.
        long perRequest = ForkJoinPool.getCommonPoolParallelism() > 1 ? 0 : 1;
        assertThat(started).isLessThanOrEqualTo(requests * perRequest + 8);
    }

    @Test
    void theReadTimeoutStillApplies() {
        RestClient client = outbound.client(null, Duration.ofSeconds(2), Duration.ofMillis(300));
        assertThatThrownBy(() -> client.get().uri(url + "/slow").retrieve().toBodilessEntity())
                .isInstanceOf(ResourceAccessException.class);
    }
}
