package vn.resultpost.gateway.deadletter;

import jakarta.jms.JMSException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Dead Letter Channel of the queue stages: parks a message that cannot be processed in
 * {@code DLQ.<queue>} as it came (body and properties) with the reason, the stage and the time, on the listener's
 * session (one transaction with the original's acknowledgement), so it can be inspected and replayed.
 */
@Component("deadLetters")
public class DeadLetterChannel {

    public static final String REASON = "gatewayFailureReason";
    public static final String STAGE = "gatewayFailedStage";
    public static final String FAILED_AT = "gatewayFailedAt";
    public static final String GROUP = "JMSXGroupID";
    public static final String PREFIX = "DLQ.";

    private static final Logger log = LoggerFactory.getLogger(DeadLetterChannel.class);

    private final StageSubject subject;
    private final Clock clock;

    public DeadLetterChannel(StageSubject subject, Clock clock) {
        this.subject = subject;
        this.clock = clock;
    }

    /** Sends the failed exchange's message to the dead-letter queue of the queue it came from. */
    public void park(Exchange exchange) throws JMSException {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        ReceivedJms received = ReceivedJms.of(exchange);
        String queue = received.queue(exchange.getFromRouteId());
        String reason = cause == null ? "unknown" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        String about = subject.of(exchange);
        Map<String, Object> failure = new LinkedHashMap<>();
        failure.put(REASON, reason);
        failure.put(STAGE, exchange.getFromRouteId());
        failure.put(FAILED_AT, clock.instant().toString());
        MessageForwarding.forward(received.session(), received.message(), PREFIX + queue, failure, false);
        log.warn("Parked a message of {} ({}) in DLQ.{}: {}", queue, about, queue, reason);
    }
}
