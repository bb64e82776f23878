package vn.resultpost.gateway.channel.rest;

/**
 * What a REST operation answers: the HTTP status, the media type, the body (rendered as JSON), for a
 * created resource its location, and for a refusal that may pass, the seconds to wait (Retry-After).
 */
public record ApiReply(int status, String contentType, Object body, String location, Integer retryAfterSeconds) {

    public ApiReply(int status, String contentType, Object body, String location) {
        this(status, contentType, body, location, null);
    }

    public static final String JSON = "application/json";
    public static final String PROBLEM_JSON = "application/problem+json";

    public static ApiReply json(int status, Object body) {
        return new ApiReply(status, JSON, body, null);
    }
}
