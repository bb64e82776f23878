package vn.resultpost.gateway.channel.rest;

/**
 * What a REST operation answers: the HTTP status, the media type, the body (rendered as JSON) and,
 * for a created resource, its location.
 */
public record ApiReply(int status, String contentType, Object body, String location) {

    public static final String JSON = "application/json";
    public static final String PROBLEM_JSON = "application/problem+json";

    public static ApiReply json(int status, Object body) {
        return new ApiReply(status, JSON, body, null);
    }
}
