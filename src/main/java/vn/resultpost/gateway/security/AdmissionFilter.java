package vn.resultpost.gateway.security;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Load shedding: at most {@code max-in-flight} requests on the machine endpoints at once (until their
 * response is complete, asynchronous REST routes included); one more, or one the full {@code http-worker}
 * queue refuses, is answered 503 problem+json with Retry-After before anything reads or stores it.
 */
public class AdmissionFilter extends OncePerRequestFilter {

    private final Semaphore permits;
    private final int maxInFlight;
    private final long retryAfterSeconds;
    private final List<PathPattern> paths;
    private final MeterRegistry meters;

    public AdmissionFilter(HttpProperties.Admission admission, MeterRegistry meters) {
        this.maxInFlight = admission.maxInFlight();
        this.permits = new Semaphore(maxInFlight);
        this.retryAfterSeconds = admission.retryAfterSeconds();
        this.paths = admission.paths().stream().map(PathPatternParser.defaultInstance::parse).toList();
        this.meters = meters;
        meters.gauge("gateway.http.in.flight", permits, p -> maxInFlight - p.availablePermits());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        PathContainer parsed = PathContainer.parsePath(path);
        boolean admitted = paths.stream().anyMatch(p -> p.matches(parsed));
        if (admitted && !permits.tryAcquire()) {
            shed(request, response, "in-flight-limit", "The gateway is at its limit of " + maxInFlight
                    + " requests in progress");
            return;
        }
        boolean async = false;
        try {
            chain.doFilter(request, response);
            async = admitted && request.isAsyncStarted();
            if (async) {
                request.getAsyncContext().addListener(new Release(permits));
            }
        } catch (ServletException | RuntimeException e) {
            if (!rejectedByWorkers(e) || response.isCommitted()) {
                throw e;
            }
            shed(request, response, "worker-queue-full", "Every HTTP worker is busy and its queue is full");
        } finally {
            if (admitted && !async) {
                permits.release();
            }
        }
    }

    private void shed(HttpServletRequest request, HttpServletResponse response, String reason, String why)
            throws IOException {
        ShedAnswer.write(request, response, meters, reason, retryAfterSeconds, "overloaded", "Service overloaded",
                why + "; nothing was accepted, retry after " + retryAfterSeconds + " seconds");
    }

    private static boolean rejectedByWorkers(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RejectedExecutionException) {
                return true;
            }
        }
        return false;
    }

    /** Gives the permit back once an asynchronous response is complete, whichever way it ends. */
    private record Release(Semaphore permits, AtomicBoolean done) implements AsyncListener {

        Release(Semaphore permits) {
            this(permits, new AtomicBoolean());
        }

        private void release() {
            if (done.compareAndSet(false, true)) {
                permits.release();
            }
        }

        @Override
        public void onComplete(AsyncEvent event) {
            release();
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            // onComplete follows a timeout; the permit is returned there.
        }

        @Override
        public void onError(AsyncEvent event) {
            release();
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // Asynchronous again: listeners are dropped on a new start, so stay registered (same permit).
            event.getAsyncContext().addListener(this);
        }
    }
}
