package vn.resultpost.gateway.support;

/**
 * The request cannot be served now but may be later: a party it needs (a postal operator) cannot be reached,
 * or the gateway's own backlog is full. 503 (a SOAP Server fault) with Retry-After; {@link #type()} names why.
 */
public class UnavailableException extends RuntimeException {

    private final int retryAfterSeconds;
    private final String type;

    public UnavailableException(String message, int retryAfterSeconds) {
        this("operator-unavailable", message, retryAfterSeconds);
    }

    public UnavailableException(String type, String message, int retryAfterSeconds) {
        super(message);
        this.type = type;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The problem type (REST: {@code /problems/<type>}; SOAP: the GatewayFault code). */
    public String type() {
        return type;
    }
}
