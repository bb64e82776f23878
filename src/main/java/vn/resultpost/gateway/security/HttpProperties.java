package vn.resultpost.gateway.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much HTTP work the gateway takes on ({@code gateway.http.*}): the worker threads of the REST routes,
 * how many requests may wait for one, and the admission limit beyond which machine endpoints answer 503.
 */
@ConfigurationProperties(prefix = "gateway.http")
public record HttpProperties(int workerThreads, int maxQueued, Admission admission) {

    public HttpProperties {
        workerThreads = workerThreads > 0 ? workerThreads : 32;
        maxQueued = maxQueued > 0 ? maxQueued : 256;
        admission = admission == null ? new Admission(0, null, null) : admission;
    }

    /**
     * Requests in flight at once on the machine endpoints matching {@code paths} (result submission and reads,
     * SOAP, operator webhooks); one more is answered 503 with {@code Retry-After} (whole seconds, at least 1).
     */
    public record Admission(int maxInFlight, Duration retryAfter, List<String> paths) {

        public Admission {
            maxInFlight = maxInFlight > 0 ? maxInFlight : 128;
            retryAfter = retryAfter == null || retryAfter.isNegative() ? Duration.ofSeconds(5) : retryAfter;
            paths = paths == null || paths.isEmpty()
                    ? List.of("/api/v1/results/**", "/api/v1/operators/**", "/services/**") : List.copyOf(paths);
        }

        /** Retry-After in whole seconds, rounded up, at least 1. */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }
}
