package vn.resultpost.gateway.deadletter;

import jakarta.jms.JMSException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.support.DeferredException;

/**
 * Delayer of the queue stages: a message whose work had to be deferred ({@link DeferredException}) is
 * sent again to the queue it came from, scheduled by the broker for later delivery, on the listener's session (one
 * transaction with the original's acknowledgement), with the exception's headers; its failed-attempt count starts afresh.
 */
@Component("stageDeferral")
public class StageDeferral {

    /** Artemis' scheduled-delivery property: epoch milliseconds before which the message is not delivered. */
    static final String SCHEDULED_DELIVERY = "_AMQ_SCHED_DELIVERY";
    private static final Logger log = LoggerFactory.getLogger(StageDeferral.class);

    private final StageSubject subject;
    private final Clock clock;

    public StageDeferral(StageSubject subject, Clock clock) {
        this.subject = subject;
        this.clock = clock;
    }

    /** Re-sends the deferred exchange's message to its own queue, to be delivered after the exception's delay. */
    public void defer(Exchange exchange) throws JMSException {
        DeferredException cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, DeferredException.class);
        Duration delay = cause == null || cause.delay() == null ? Duration.ofSeconds(30) : cause.delay();
        ReceivedJms received = ReceivedJms.of(exchange);
        String queue = received.queue(exchange.getFromRouteId());
        String about = subject.of(exchange);
        Map<String, Object> later = new LinkedHashMap<>(cause == null ? Map.of() : cause.headers());
        later.put(SCHEDULED_DELIVERY, clock.millis() + delay.toMillis());
        MessageForwarding.forward(received.session(), received.message(), queue, later, false);
        log.info("Deferred a message of {} ({}) by {} ms: {}", queue, about, delay.toMillis(),
                cause == null ? "deferred" : cause.getMessage());
    }
}
