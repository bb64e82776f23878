package vn.resultpost.gateway.support;

/** The message's sender could not be verified (answered 401 over REST); nothing was changed. */
public class UnauthorizedException extends RuntimeException {

    public UnauthorizedException(String message) {
        super(message);
    }
}
