package vn.resultpost.gateway.channel.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.GatewayTestSupport;

/**
 * The http-worker queue is bounded: one worker held inside intake, one request waiting for it, the next is
 * answered 503 problem+json with Retry-After (not a 500), and the held and waiting ones are still accepted.
 */
@TestPropertySource(properties = {"simulator.vnpost.scenario=deliver", "gateway.http.worker-threads=1",
        "gateway.http.max-queued=1", "gateway.http.admission.max-in-flight=10"})
class WorkerQueueSheddingTest extends GatewayTestSupport {

    private static final String AGENCY = "000.00.12.H26";

    @MockitoSpyBean(name = "resultsApi")
    ResultsApi resultsApi;

    @Autowired
    MeterRegistry meters;

    @Autowired
    JdbcClient jdbc;

    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void letGo() {
        release.countDown();
    }

    @Test
    void aFullWorkerQueueAnswers503AndLosesNothingItTook() {
        doAnswer(call -> {
            entered.countDown();
            assertThat(release.await(60, TimeUnit.SECONDS)).as("released by the test").isTrue();
            return call.callRealMethod();
        }).when(resultsApi).submit(anyString());
        CompletableFuture<HttpResponse<String>> working = submitAsync(code(1));
        await().atMost(Duration.ofSeconds(30)).until(() -> entered.getCount() == 0);
        CompletableFuture<HttpResponse<String>> waiting = submitAsync(code(2));
        await().atMost(Duration.ofSeconds(30)).until(() -> meters.get("gateway.http.queued").gauge().value() == 1);

        HttpResponse<String> refused = submitAsync(code(3)).join();

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(meters.get("gateway.http.shed").tag("reason", "worker-queue-full").counter().count())
                .isEqualTo(1);
        release.countDown();
        assertThat(working.join().statusCode()).isEqualTo(202);
        assertThat(waiting.join().statusCode()).isEqualTo(202);
        assertThat(stored(code(1)) + stored(code(2))).isEqualTo(2);
        assertThat(stored(code(3))).isZero();
    }

    private CompletableFuture<HttpResponse<String>> submitAsync(String dossierCode) {
        HttpRequest request = request("/api/v1/results").header("Content-Type", "application/json")
                .header("X-API-Key", DEMO_API_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(Fixtures.result(dossierCode))).build();
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    private long stored(String dossierCode) {
        return jdbc.sql("select count(*) from shipment where agency_code = :agency and dossier_code = :code")
                .param("agency", AGENCY).param("code", dossierCode).query(Long.class).single();
    }

    private static String code(int n) {
        return AGENCY + "-261203-08" + String.format("%02d", n);
    }
}
