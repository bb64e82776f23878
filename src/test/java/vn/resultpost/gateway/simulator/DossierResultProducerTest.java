package vn.resultpost.gateway.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import vn.resultpost.gateway.support.BackgroundPriority;
import vn.resultpost.gateway.support.OutboundHttp;

/** The dossier system's producer: posts results with its API key, answers the gateway's status, submits per tick. */
class DossierResultProducerTest {

    private final OutboundHttp http = new OutboundHttp(RestClient.builder(), BackgroundPriority.ofDefaults());
    private final Queue<String> apiKeys = new ConcurrentLinkedQueue<>();
    private final AtomicInteger status = new AtomicInteger(202);
    private HttpServer gateway;
    private DossierResultProducer producer;

    @AfterEach
    void stop() {
        if (producer != null) {
            producer.stop();
        }
        if (gateway != null) {
            gateway.stop(0);
        }
        http.destroy();
    }

    @Test
    void answersTheGatewaysStatusOrZeroWhenItIsUnreachable() throws IOException {
        producer = new DossierResultProducer(props(gateway(), 0), http);

        assertThat(producer.submit(Map.of("dossierCode", "D1"))).isEqualTo(202);
        status.set(422);
        assertThat(producer.submit(Map.of("dossierCode", "D2"))).isEqualTo(422);
        assertThat(apiKeys).containsExactly("key", "key");
        gateway.stop(0);
        gateway = null;
        assertThat(producer.submit(Map.of("dossierCode", "D3"))).isZero();
    }

    @Test
    void submitsTheConfiguredResultsEveryTickOnceStarted() throws IOException {
        producer = new DossierResultProducer(props(gateway(), 2), http);

        producer.start();

        await().atMost(Duration.ofSeconds(20)).until(() -> apiKeys.size() >= 4);
    }

    private String gateway() throws IOException {
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/api/v1/results", exchange -> {
            exchange.getRequestBody().readAllBytes();
            apiKeys.add(exchange.getRequestHeaders().getFirst("X-API-Key"));
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        gateway.start();
        return "http://127.0.0.1:" + gateway.getAddress().getPort();
    }

    private static SimulatorProperties props(String gatewayUrl, int resultsPerTick) {
        return new SimulatorProperties(true, gatewayUrl,
                new SimulatorProperties.Dossier(resultsPerTick, Duration.ofMillis(200), List.of("000.00.15.H26"), "key"),
                null, 0);
    }
}
