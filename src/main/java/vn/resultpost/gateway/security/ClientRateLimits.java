package vn.resultpost.gateway.security;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import java.time.Duration;

/** One resilience4j rate limiter per caller, shared by every surface (REST filter, SOAP adapter). */
public class ClientRateLimits {

    private final RateLimiterRegistry registry = RateLimiterRegistry.ofDefaults();
    private final SecurityProperties.RateLimit limits;

    public ClientRateLimits(SecurityProperties.RateLimit limits) {
        this.limits = limits;
    }

    /** Takes one permit for {@code caller}; false when its budget for this second is spent. */
    public boolean tryAcquire(String caller) {
        return limiter(caller).acquirePermission();
    }

    /** The caller's requests per second. */
    public int limitFor(String caller) {
        return limiter(caller).getRateLimiterConfig().getLimitForPeriod();
    }

    private RateLimiter limiter(String caller) {
        return registry.rateLimiter(caller, () -> {
            int perSecond = limits.perClient() == null ? limits.requestsPerSecond()
                    : limits.perClient().getOrDefault(caller, limits.requestsPerSecond());
            return RateLimiterConfig.custom().limitForPeriod(perSecond).limitRefreshPeriod(Duration.ofSeconds(1))
                    .timeoutDuration(Duration.ZERO).build();
        });
    }
}
