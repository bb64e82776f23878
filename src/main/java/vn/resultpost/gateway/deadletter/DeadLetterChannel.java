package vn.resultpost.gateway.deadletter;

import jakarta.jms.Destination;
import jakarta.jms.Queue;
import java.time.Clock;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Dead Letter Channel of the queue stages: parks a message that cannot be processed in
 * {@code DLQ.<queue>} with the reason, the stage and the time, so it can be inspected and replayed.
 */
@Component("deadLetters")
public class DeadLetterChannel {

    public static final String REASON = "gatewayFailureReason";
    public static final String STAGE = "gatewayFailedStage";
    public static final String FAILED_AT = "gatewayFailedAt";
    public static final String GROUP = "JMSXGroupID";
    public static final String PREFIX = "DLQ.";

    private static final Logger log = LoggerFactory.getLogger(DeadLetterChannel.class);

    private final ProducerTemplate producer;
    private final StageSubject subject;
    private final Clock clock;

    public DeadLetterChannel(ProducerTemplate producer, StageSubject subject, Clock clock) {
        this.producer = producer;
        this.subject = subject;
        this.clock = clock;
    }

    /** Sends the failed exchange's message to the dead-letter queue of the queue it came from. */
    public void park(Exchange exchange) throws Exception {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String queue = queueName(exchange.getMessage().getHeader("JMSDestination"), exchange.getFromRouteId());
        String reason = cause == null ? "unknown" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        String body = exchange.getMessage().getBody(String.class);
        producer.send("jms:queue:" + PREFIX + queue + "?exchangePattern=InOnly", dead -> {
            dead.getMessage().setBody(body);
            dead.getMessage().setHeader(REASON, reason);
            dead.getMessage().setHeader(STAGE, exchange.getFromRouteId());
            dead.getMessage().setHeader(FAILED_AT, clock.instant().toString());
            copyGroup(exchange, dead);
        });
        log.warn("Parked a message of {} ({}) in DLQ.{}: {}", queue, subject.of(exchange), queue, reason);
    }

    private static void copyGroup(Exchange from, Exchange to) {
        Object group = from.getMessage().getHeader(GROUP);
        if (group != null) {
            to.getMessage().setHeader(GROUP, group);
        }
    }

    static String queueName(Object destination, String fallback) throws jakarta.jms.JMSException {
        if (destination instanceof Queue q) {
            return q.getQueueName();
        }
        if (destination instanceof Destination d) {
            return d.toString();
        }
        return fallback;
    }
}
