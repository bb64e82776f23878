package vn.resultpost.gateway.support;

/** The caller is authenticated but may not act on this resource (answered 403 over REST). */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
