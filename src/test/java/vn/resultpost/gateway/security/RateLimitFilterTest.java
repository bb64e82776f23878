package vn.resultpost.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;

class RateLimitFilterTest {

    private final RateLimitFilter filter = new RateLimitFilter(
            new SecurityProperties.RateLimit(100, Map.of("slow-client", 2)));

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void beyondItsLimitAClientGets429WithRetryAfter() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new GatewayClient("slow-client", Set.of("A")));
        assertThat(call().getStatus()).isEqualTo(200);
        assertThat(call().getStatus()).isEqualTo(200);
        MockHttpServletResponse refused = call();
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("slow-client");
    }

    @Test
    void clientsHaveSeparateBudgets() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new GatewayClient("slow-client", Set.of("A")));
        call();
        call();
        SecurityContextHolder.getContext().setAuthentication(new GatewayClient("other-client", Set.of("A")));
        assertThat(call().getStatus()).isEqualTo(200);
    }

    private MockHttpServletResponse call() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/api/v1/results/A/B"), response, new MockFilterChain());
        return response;
    }
}
