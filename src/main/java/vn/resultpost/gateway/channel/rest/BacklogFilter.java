package vn.resultpost.gateway.channel.rest;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.resultpost.gateway.intake.Channel;
import vn.resultpost.gateway.intake.IntakeBacklog;
import vn.resultpost.gateway.security.ShedAnswer;
import vn.resultpost.gateway.support.UnavailableException;

/**
 * Backpressure on the REST channel: while the intake backlog is full, {@code POST /api/v1/results} is answered
 * 503 problem+json {@code /problems/backlog-full} with Retry-After before it is read, authenticated or recorded,
 * so that a flood of refusals costs the stages next to nothing ({@code gateway.http.shed{reason=backlog-full}}).
 */
public class BacklogFilter extends OncePerRequestFilter {

    static final String SUBMIT = "/api/v1/results";

    private final IntakeBacklog backlog;
    private final MeterRegistry meters;

    public BacklogFilter(IntakeBacklog backlog, MeterRegistry meters) {
        this.backlog = backlog;
        this.meters = meters;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !backlog.gates(Channel.REST); // registered for SUBMIT only
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!backlog.full()) {
            chain.doFilter(request, response);
            return;
        }
        UnavailableException refusal = backlog.refusal();
        ShedAnswer.write(request, response, meters, "backlog-full", refusal.retryAfterSeconds(), refusal.type(),
                "Try again later", refusal.getMessage());
    }
}
