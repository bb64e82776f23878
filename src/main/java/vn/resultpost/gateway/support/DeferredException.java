package vn.resultpost.gateway.support;

import java.time.Duration;

/**
 * The work cannot be done now and trying it is pointless for a while (an operator whose circuit breaker
 * is open): the message is sent back to its queue to be delivered again after {@code delay}, as a new
 * message, so the wait does not count as a failed attempt and never ends in a dead letter.
 */
public class DeferredException extends RuntimeException {

    private final transient Duration delay;

    public DeferredException(String message, Duration delay) {
        super(message);
        this.delay = delay;
    }

    public Duration delay() {
        return delay;
    }
}
