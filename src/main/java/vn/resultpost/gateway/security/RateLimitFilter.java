package vn.resultpost.gateway.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Rate limiting per authenticated caller over HTTP: beyond the limit, 429 with Retry-After. */
public class RateLimitFilter extends OncePerRequestFilter {

    private final ClientRateLimits limits;

    public RateLimitFilter(ClientRateLimits limits) {
        this.limits = limits;
    }

    public RateLimitFilter(SecurityProperties.RateLimit limits) {
        this(new ClientRateLimits(limits));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        if (!limits.tryAcquire(auth.getName())) {
            response.setHeader("Retry-After", "1");
            ProblemResponses.write(response, 429, "rate-limited", "Too many requests",
                    "At most " + limits.limitFor(auth.getName()) + " requests per second for " + auth.getName()
                            + "; retry after 1 second");
            return;
        }
        chain.doFilter(request, response);
    }
}
