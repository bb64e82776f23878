package vn.resultpost.gateway.deadletter;

/**
 * A message parked in a dead-letter queue, or in the JMS channel's invalid-message queue.
 *
 * @param id       the JMS message id, used to replay it
 * @param queue    the stage queue it came from (and goes back to on replay)
 * @param stage    the route that failed or refused it
 * @param reason   why (exception type and message, or the rejection's type and detail); the broker's own moves say so
 * @param failedAt when it was parked (ISO-8601)
 * @param body     the message body (a shipment id, timeline entry id, operator event JSON, or a refused submission)
 * @param parkedIn the queue it waits in: {@code DLQ.<queue>} or the invalid-message queue
 */
public record DeadLetter(String id, String queue, String stage, String reason, String failedAt, String body,
                         String parkedIn) {
}
