package vn.resultpost.gateway.support;

/** A party the request needs (a postal operator) cannot be reached now: 503 with Retry-After. */
public class UnavailableException extends RuntimeException {

    private final int retryAfterSeconds;

    public UnavailableException(String message, int retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
