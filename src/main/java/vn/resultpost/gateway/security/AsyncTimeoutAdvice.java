package vn.resultpost.gateway.security;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
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
 * counted as {@code gateway.http.shed{reason=timeout}} (and the channel), instead of Spring's bare error page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AsyncTimeoutAdvice {

    private final long retryAfterSeconds;
    private final Duration timeout;
    private final MeterRegistry meters;

    public AsyncTimeoutAdvice(HttpProperties http, MeterRegistry meters,
                              @Value("${spring.mvc.async.request-timeout:30s}") Duration timeout) {
        this.retryAfterSeconds = http.admission().retryAfterSeconds();
        this.timeout = timeout;
        this.meters = meters;
    }

    @ExceptionHandler(AsyncRequestTimeoutException.class)
    void timedOut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        ShedAnswer.write(request, response, meters, "timeout", retryAfterSeconds, "timeout", "Not answered in time",
                "The gateway did not finish this request within " + timeout.toMillis() + " ms; it may still "
                        + "complete. Retry after " + retryAfterSeconds + " seconds with the same content: a result "
                        + "submitted again is answered with the one already accepted, never taken twice");
    }
}
