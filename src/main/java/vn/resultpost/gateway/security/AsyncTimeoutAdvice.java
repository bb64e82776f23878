package vn.resultpost.gateway.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;

/**
 * Answers a request that its http-worker did not finish within {@code spring.mvc.async.request-timeout}
 * (an overloaded node: the request waited in the worker queue) with 503 problem+json and Retry-After,
 * counted as {@code gateway.http.shed{reason=timeout}}, instead of Spring's bare error page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AsyncTimeoutAdvice {

    private final long retryAfterSeconds;
    private final Duration timeout;
    private final Counter timeouts;

    public AsyncTimeoutAdvice(HttpProperties http, MeterRegistry meters,
                              @Value("${spring.mvc.async.request-timeout:30s}") Duration timeout) {
        this.retryAfterSeconds = http.admission().retryAfterSeconds();
        this.timeout = timeout;
        this.timeouts = Counter.builder("gateway.http.shed").tag("reason", "timeout")
                .description("Requests answered 503 because they were not finished in time").register(meters);
    }

    @ExceptionHandler(AsyncRequestTimeoutException.class)
    void timedOut(HttpServletResponse response) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        timeouts.increment();
        response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        ProblemResponses.write(response, 503, "timeout", "Not answered in time",
                "The gateway did not finish this request within " + timeout.toMillis() + " ms; it may still "
                        + "complete. Retry after " + retryAfterSeconds + " seconds with the same content: a result "
                        + "already accepted is answered 200 with its status URL, never taken twice");
    }
}
