package vn.resultpost.gateway.canonical;

import java.util.List;

/** An operator's answer to a tracking call, as data: never an exception leaking into the core. */
public sealed interface TrackOutcome {

    /** The operator's events of the order, oldest first (possibly none yet). */
    record Events(List<OperatorStatusEvent> events) implements TrackOutcome {

        public Events {
            events = List.copyOf(events);
        }
    }

    /** A transient failure (timeout, 5xx, rate limit): poll again later. */
    record Retryable(String reason) implements TrackOutcome {
    }

    /** The operator is not being called now (its circuit breaker is open): poll again later. */
    record Deferred(String reason) implements TrackOutcome {
    }

    /** The operator does not know the order. */
    record NotFound(String reason) implements TrackOutcome {
    }
}
