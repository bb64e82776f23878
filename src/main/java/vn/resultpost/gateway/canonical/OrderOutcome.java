package vn.resultpost.gateway.canonical;

/** An operator's answer to a create-order call, as data: never an exception leaking into the core. */
public sealed interface OrderOutcome {

    /** The operator created the order. */
    record Accepted(String waybill, Long fee) implements OrderOutcome {
    }

    /** The operator already had an order with this reference: the first create landed. */
    record Duplicate(String waybill) implements OrderOutcome {
    }

    /** A transient failure (timeout, 5xx, rate limit): try again later with the same reference. */
    record Retryable(String reason) implements OrderOutcome {
    }

    /**
     * The operator was not called (its circuit breaker is open after repeated failures): try again
     * later; this is not a failed attempt of the order, so it never sends the order to a dead letter.
     */
    record Deferred(String reason) implements OrderOutcome {
    }

    /** The operator refused the order for good, with its reason. */
    record Rejected(String code, String reason) implements OrderOutcome {
    }
}
