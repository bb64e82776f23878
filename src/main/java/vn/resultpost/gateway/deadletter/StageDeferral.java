package vn.resultpost.gateway.deadletter;

import java.time.Clock;
import java.time.Duration;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.support.DeferredException;

/**
 * Delayer of the queue stages: a message whose work had to be deferred ({@link DeferredException}) is
 * sent again to the queue it came from, scheduled by the broker for later delivery, within the stage's
 * JMS transaction, with the exception's headers; its failed-attempt count starts afresh.
 */
@Component("stageDeferral")
public class StageDeferral {

    /** Artemis' scheduled-delivery property: epoch milliseconds before which the message is not delivered. */
    static final String SCHEDULED_DELIVERY = "_AMQ_SCHED_DELIVERY";
    private static final Logger log = LoggerFactory.getLogger(StageDeferral.class);

    private final ProducerTemplate producer;
    private final StageSubject subject;
    private final Clock clock;

    public StageDeferral(ProducerTemplate producer, StageSubject subject, Clock clock) {
        this.producer = producer;
        this.subject = subject;
        this.clock = clock;
    }

    /** Re-sends the deferred exchange's message to its own queue, to be delivered after the exception's delay. */
    public void defer(Exchange exchange) throws Exception {
        DeferredException cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, DeferredException.class);
        Duration delay = cause == null || cause.delay() == null ? Duration.ofSeconds(30) : cause.delay();
        String queue = DeadLetterChannel.queueName(exchange.getMessage().getHeader("JMSDestination"),
                exchange.getFromRouteId());
        String body = exchange.getMessage().getBody(String.class);
        Object group = exchange.getMessage().getHeader(DeadLetterChannel.GROUP);
        producer.send("jms:queue:" + queue + "?exchangePattern=InOnly", later -> {
            later.getMessage().setBody(body);
            later.getMessage().setHeader(SCHEDULED_DELIVERY, clock.millis() + delay.toMillis());
            if (group != null) {
                later.getMessage().setHeader(DeadLetterChannel.GROUP, group);
            }
            if (cause != null) {
                cause.headers().forEach(later.getMessage()::setHeader);
            }
        });
        log.info("Deferred a message of {} ({}) by {} ms: {}", queue, subject.of(exchange), delay.toMillis(),
                cause == null ? "deferred" : cause.getMessage());
    }
}
