package vn.resultpost.gateway.support;

import java.time.Duration;
import java.util.Map;

/**
 * The work cannot be done now and trying it is pointless for a while (an operator whose circuit breaker
 * is open, an event waiting for an earlier one): the message is sent back to its queue to be delivered
 * again after {@code delay}, as a new message carrying {@code headers}, so the wait does not count as a
 * failed attempt and never ends in a dead letter.
 */
public class DeferredException extends RuntimeException {

    private final transient Duration delay;
    private final transient Map<String, Object> headers;

    public DeferredException(String message, Duration delay) {
        this(message, delay, Map.of());
    }

    public DeferredException(String message, Duration delay, Map<String, Object> headers) {
        super(message);
        this.delay = delay;
        this.headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public Duration delay() {
        return delay;
    }

    /** Headers the re-queued message carries (e.g. since when it has been waiting). */
    public Map<String, Object> headers() {
        return headers;
    }
}
