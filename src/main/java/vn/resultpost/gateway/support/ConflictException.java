package vn.resultpost.gateway.support;

/** The request contradicts the state of what it is about (cancelling a shipment already picked up): 409. */
public class ConflictException extends RuntimeException {

    private final String type;

    public ConflictException(String type, String message) {
        super(message);
        this.type = type;
    }

    /** A short problem type, e.g. {@code too-late-to-cancel}. */
    public String type() {
        return type;
    }
}
