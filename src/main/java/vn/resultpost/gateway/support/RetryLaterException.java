package vn.resultpost.gateway.support;

/**
 * A transient failure: the message is rolled back to its queue and redelivered after the broker's
 * backoff (an operator or dossier system that is down, a predecessor not yet done).
 */
public class RetryLaterException extends RuntimeException {

    public RetryLaterException(String message) {
        super(message);
    }
}
