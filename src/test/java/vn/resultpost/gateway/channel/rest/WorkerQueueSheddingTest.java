package vn.resultpost.gateway.channel.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The http-worker queue is bounded: one worker held inside intake, one request waiting for it, the next is
 * answered 503 problem+json with Retry-After (not a 500), and the held and waiting ones are still accepted.
 */
@TestPropertySource(properties = {"simulator.vnpost.scenario=deliver", "gateway.http.worker-threads=1",
        "gateway.http.max-queued=1", "gateway.http.admission.max-in-flight=10"})
class WorkerQueueSheddingTest extends HeldIntakeSupport {

    @Test
    void aFullWorkerQueueAnswers503AndLosesNothingItTook() {
        CompletableFuture<HttpResponse<String>> working = submitHeld(List.of(code(1))).get(0);
        CompletableFuture<HttpResponse<String>> waiting = submitAsync(code(2));
        await().atMost(Duration.ofSeconds(30)).until(() -> meters.get("gateway.http.queued").gauge().value() == 1);

        HttpResponse<String> refused = submitAsync(code(3)).join();

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(meters.get("gateway.http.shed").tag("reason", "worker-queue-full").counter().count())
                .isEqualTo(1);
        release();
        assertThat(working.join().statusCode()).isEqualTo(202);
        assertThat(waiting.join().statusCode()).isEqualTo(202);
        assertThat(stored(List.of(code(1), code(2)))).isEqualTo(2);
        assertThat(stored(List.of(code(3)))).isZero();
    }

    private static String code(int n) {
        return AGENCY + "-261203-08" + String.format("%02d", n);
    }
}
