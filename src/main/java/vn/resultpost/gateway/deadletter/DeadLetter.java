package vn.resultpost.gateway.deadletter;

/**
 * A message parked in a dead-letter queue.
 *
 * @param id       the JMS message id, used to replay it
 * @param queue    the stage queue it came from (and goes back to on replay)
 * @param stage    the route that failed
 * @param reason   why (exception type and message); the broker's own moves say so
 * @param failedAt when it was parked (ISO-8601)
 * @param body     the message body (a shipment id, timeline entry id or operator event JSON)
 */
public record DeadLetter(String id, String queue, String stage, String reason, String failedAt, String body) {
}
