package vn.resultpost.gateway.canonical;

/** An operator's answer to a cancel call. Cancellation works only before pickup. */
public sealed interface CancelOutcome {

    /** The order is cancelled. */
    record Cancelled() implements CancelOutcome {
    }

    /** The order can no longer be cancelled (already picked up), with the operator's reason. */
    record TooLate(String reason) implements CancelOutcome {
    }

    /** A transient failure: try again later. */
    record Retryable(String reason) implements CancelOutcome {
    }
}
