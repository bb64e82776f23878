package vn.resultpost.gateway.channel.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.GatewayTestSupport;

/**
 * Base of the load-shedding tests: holds result submissions inside intake (a latch in a spy of the REST
 * intake bean) until the test lets them go, and submits and counts stored results.
 */
abstract class HeldIntakeSupport extends GatewayTestSupport {

    static final String AGENCY = "000.00.12.H26";

    @MockitoSpyBean(name = "resultsApi")
    ResultsApi resultsApi;

    @Autowired
    MeterRegistry meters;

    @Autowired
    JdbcClient jdbc;

    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void letGo() {
        release.countDown();
    }

    /** Submits {@code dossierCodes}, each held inside intake until {@link #release()}; returns once all are held. */
    List<CompletableFuture<HttpResponse<String>>> submitHeld(List<String> dossierCodes) {
        CountDownLatch entered = new CountDownLatch(dossierCodes.size());
        doAnswer(call -> {
            entered.countDown();
            assertThat(release.await(60, TimeUnit.SECONDS)).as("released by the test").isTrue();
            return call.callRealMethod();
        }).when(resultsApi).submit(anyString());
        List<CompletableFuture<HttpResponse<String>>> held = dossierCodes.stream().map(this::submitAsync).toList();
        await().atMost(Duration.ofSeconds(30)).until(() -> entered.getCount() == 0);
        return held;
    }

    void release() {
        release.countDown();
    }

    CompletableFuture<HttpResponse<String>> submitAsync(String dossierCode) {
        HttpRequest request = request("/api/v1/results").header("Content-Type", "application/json")
                .header("X-API-Key", DEMO_API_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(Fixtures.result(dossierCode))).build();
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    long stored(List<String> dossierCodes) {
        return jdbc.sql("select count(*) from shipment where agency_code = :agency and dossier_code in (:codes)")
                .param("agency", AGENCY).param("codes", dossierCodes).query(Long.class).single();
    }
}
