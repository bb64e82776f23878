package vn.resultpost.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.mock.web.MockAsyncContext;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The admission limit counts a request until its (asynchronous) response is complete, and sheds with 503. */
class AdmissionFilterTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final AdmissionFilter filter = new AdmissionFilter(
            new HttpProperties.Admission(1, Duration.ofMillis(2500), List.of("/api/v1/results/**", "/services/**")),
            meters);

    @Test
    void beyondTheLimitA503ProblemWithRetryAfterUntilTheAsyncResponseCompletes() throws Exception {
        MockHttpServletRequest held = post("/api/v1/results");
        filter.doFilter(held, new MockHttpServletResponse(), (req, res) -> ((HttpServletRequest) req).startAsync());
        assertThat(held.isAsyncStarted()).isTrue();

        MockHttpServletResponse refused = call("/api/v1/results");
        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("3");
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("\"status\":503", "/problems/overloaded");
        assertThat(call("/services/results").getStatus()).as("one budget for every machine endpoint").isEqualTo(503);
        assertThat(meters.get(ShedAnswer.METER).tag("channel", "soap").counter().count()).isEqualTo(1);
        assertThat(meters.get("gateway.http.in.flight").gauge().value()).isEqualTo(1);

        assertThat(call("/actuator/health/readiness").getStatus()).as("probes are never shed").isEqualTo(200);
        assertThat(call("/api/v1/admin/dead-letters").getStatus()).as("nor the admin API").isEqualTo(200);

        ((MockAsyncContext) held.getAsyncContext()).complete();
        assertThat(call("/api/v1/results").getStatus()).isEqualTo(200);
        assertThat(meters.get("gateway.http.in.flight").gauge().value()).isZero();
    }

    @Test
    void aSynchronousRequestGivesItsPermitBackWhenItReturnsOrFails() throws Exception {
        assertThat(call("/api/v1/results").getStatus()).isEqualTo(200);
        FilterChain failing = (req, res) -> {
            throw new IllegalStateException("route failed");
        };
        assertThatThrownBy(() -> filter.doFilter(post("/api/v1/results"), new MockHttpServletResponse(), failing))
                .as("not an overload: passed on as it was").hasMessage("route failed");
        assertThat(call("/api/v1/results").getStatus()).isEqualTo(200);
    }

    @Test
    void aFullWorkerQueueIsA503NotA500() throws Exception {
        FilterChain rejected = (req, res) -> {
            throw new ServletException("Request processing failed", new TaskRejectedException("queue full"));
        };
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(post("/api/v1/admin/dead-letters/replay"), response, rejected);
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("3");
        assertThat(meters.get(ShedAnswer.METER).tag("reason", "worker-queue-full").counter().count())
                .isEqualTo(1);
        assertThat(call("/api/v1/results").getStatus()).as("the permit was given back").isEqualTo(200);
    }

    private MockHttpServletResponse call(String path) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(post(path), response, new MockFilterChain());
        return response;
    }

    private static MockHttpServletRequest post(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setAsyncSupported(true);
        return request;
    }
}
