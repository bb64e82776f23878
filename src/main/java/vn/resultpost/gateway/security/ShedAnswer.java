package vn.resultpost.gateway.security;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The one way an HTTP request is turned away for load (admission limit, full worker queue, async timeout,
 * intake backlog): 503 problem+json with Retry-After, counted in {@value #METER} tagged with its channel
 * (rest, soap, webhook) and reason.
 */
public final class ShedAnswer {

    public static final String METER = "gateway.http.shed";

    private ShedAnswer() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, MeterRegistry meters,
                             String reason, long retryAfterSeconds, String type, String title, String detail)
            throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        meters.counter(METER, "channel", channelOf(path), "reason", reason).increment();
        response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        ProblemResponses.write(response, 503, type, title, detail);
    }

    /** The {@code channel} tag: soap, webhook or rest. */
    static String channelOf(String path) {
        return path.startsWith("/services") ? "soap" : path.startsWith("/api/v1/operators/") ? "webhook" : "rest";
    }
}
