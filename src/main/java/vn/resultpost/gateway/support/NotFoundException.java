package vn.resultpost.gateway.support;

/** The addressed resource does not exist (answered 404 over REST). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
