package vn.resultpost.gateway.operator;

/** How an operator proves that a webhook call is its own. */
public enum WebhookScheme {
    /**
     * The gateway's own scheme: {@code X-Gateway-Timestamp} and {@code X-Gateway-Signature} (HMAC-SHA256 of
     * timestamp.body with the operator's webhook secret), within a time window, each signature once.
     */
    SIGNED,
    /**
     * A shared secret token inside the body (Viettel Post's {@code TOKEN}); the adapter extracts it and
     * the gateway compares it, in constant time, with the operator's configured webhook secret.
     */
    BODY_TOKEN,
    /** The operator does not push: its webhook path answers 404. */
    NONE
}
