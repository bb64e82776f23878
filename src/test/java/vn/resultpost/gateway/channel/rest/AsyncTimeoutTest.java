package vn.resultpost.gateway.channel.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A submission its worker does not finish within spring.mvc.async.request-timeout is answered 503
 * problem+json with Retry-After (not Spring's bare error page); the work still completes, and the caller's
 * retry is answered 200 with the result already accepted, never taken twice.
 */
@TestPropertySource(properties = {"simulator.vnpost.scenario=deliver", "spring.mvc.async.request-timeout=1s"})
class AsyncTimeoutTest extends HeldIntakeSupport {

    private static final String CODE = AGENCY + "-261203-0901";

    @Test
    void aRequestNotFinishedInTimeIsAnswered503AndItsRetryFindsTheResultOnce() {
        HttpResponse<String> timedOut = submitHeld(List.of(CODE)).get(0).join();

        assertThat(timedOut.statusCode()).as(timedOut.body()).isEqualTo(503);
        assertThat(timedOut.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(timedOut.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(timedOut.body()).contains("\"type\":\"/problems/timeout\"", "\"status\":503", "1000 ms");
        assertThat(meters.get("gateway.http.shed").tag("channel", "rest").tag("reason", "timeout").counter().count()).isEqualTo(1);

        release();
        await().atMost(Duration.ofSeconds(30)).until(() -> stored(List.of(CODE)) == 1);
        HttpResponse<String> retried = submitAsync(CODE).join();
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
        assertThat(stored(List.of(CODE))).isEqualTo(1);
    }
}
