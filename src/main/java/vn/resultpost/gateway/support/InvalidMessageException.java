package vn.resultpost.gateway.support;

/** A message that can never be processed as it is (malformed, unknown sender); retrying will not help. */
public class InvalidMessageException extends RuntimeException {

    public InvalidMessageException(String message) {
        super(message);
    }

    public InvalidMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
