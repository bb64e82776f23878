package vn.resultpost.gateway.security;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Rate limiting per authenticated caller (resilience4j): beyond the limit, 429 with Retry-After. */
public class RateLimitFilter extends OncePerRequestFilter {

    private final RateLimiterRegistry registry = RateLimiterRegistry.ofDefaults();
    private final SecurityProperties.RateLimit limits;

    public RateLimitFilter(SecurityProperties.RateLimit limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        RateLimiter limiter = registry.rateLimiter(auth.getName(), () -> config(auth.getName()));
        if (!limiter.acquirePermission()) {
            response.setHeader("Retry-After", "1");
            ProblemResponses.write(response, 429, "rate-limited", "Too many requests",
                    "At most " + limiter.getRateLimiterConfig().getLimitForPeriod() + " requests per second for "
                            + auth.getName() + "; retry after 1 second");
            return;
        }
        chain.doFilter(request, response);
    }

    private RateLimiterConfig config(String caller) {
        int perSecond = limits.perClient() == null ? limits.requestsPerSecond()
                : limits.perClient().getOrDefault(caller, limits.requestsPerSecond());
        return RateLimiterConfig.custom().limitForPeriod(perSecond).limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(Duration.ZERO).build();
    }
}
