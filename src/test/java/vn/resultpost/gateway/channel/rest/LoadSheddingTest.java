package vn.resultpost.gateway.channel.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import vn.resultpost.gateway.Fixtures;

/**
 * Overload: with two submissions held inside intake (the admission limit is 2), every further machine request
 * is shed with 503 problem+json and Retry-After while probes, the admin API and the console still answer; the
 * held ones are then accepted and stored, the shed ones are not, and intake takes new results again.
 */
@TestPropertySource(properties = {"simulator.vnpost.scenario=deliver",
        "gateway.http.admission.max-in-flight=2", "gateway.http.admission.retry-after=7s"})
class LoadSheddingTest extends HeldIntakeSupport {

    @Test
    void beyondTheLimitRequestsAreShedWith503AndNothingAcceptedIsLost() {
        List<String> heldCodes = List.of(code(1), code(2));
        List<CompletableFuture<HttpResponse<String>>> held = submitHeld(heldCodes);
        double shedBefore = shed();

        List<String> shedCodes = IntStream.rangeClosed(3, 6).mapToObj(LoadSheddingTest::code).toList();
        List<HttpResponse<String>> refused = shedCodes.stream().map(this::submitAsync).toList().stream()
                .map(CompletableFuture::join).toList();
        HttpResponse<String> webhook = post("/api/v1/operators/vnpost/events", "{}");

        for (HttpResponse<String> reply : refused) {
            assertThat(reply.statusCode()).as(reply.body()).isEqualTo(503);
            assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(reply.headers().firstValue("Retry-After")).hasValue("7");
            assertThat(reply.body()).contains("\"status\":503", "/problems/overloaded");
        }
        assertThat(webhook.statusCode()).as("webhooks share the budget").isEqualTo(503);
        assertThat(shed() - shedBefore).isEqualTo(5);
        assertThat(send(request("/actuator/health/readiness").GET().build()).statusCode())
                .as("a full node is still ready").isEqualTo(200);
        assertThat(get("/api/v1/admin/dead-letters").statusCode()).as("the admin API is not shed").isEqualTo(200);
        assertThat(send(request("/console/login").GET().build()).statusCode()).isEqualTo(200);

        release();
        held.forEach(f -> assertThat(f.join().statusCode()).as(f.join().body()).isEqualTo(202));
        assertThat(stored(heldCodes)).as("every 202 is stored").isEqualTo(2);
        assertThat(stored(shedCodes)).as("a shed request left nothing behind").isZero();

        // The accepted shipments' webhooks share the tiny budget now, so a new submission may be shed once more:
        // as a caller would, it retries until accepted.
        await().atMost(Duration.ofSeconds(20)).until(() -> post("/api/v1/results", Fixtures.result(code(7)))
                .statusCode(), status -> status == 202);
        assertThat(stored(List.of(code(7)))).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> meters.get("gateway.http.in.flight").gauge().value() == 0);
    }

    private double shed() {
        return meters.find("gateway.http.shed").counters().stream().mapToDouble(c -> c.count()).sum();
    }

    private static String code(int n) {
        return AGENCY + "-261203-09" + String.format("%02d", n);
    }
}
