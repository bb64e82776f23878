package vn.resultpost.gateway.store;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.resultpost.gateway.store.OutboxRepository.OutboxMessage;

/**
 * Relays outbox messages to their Artemis queues: claims a batch, sends it in one JMS transaction,
 * then deletes it in the same database transaction. A crash between the JMS commit and the
 * database commit sends the batch again; every consumer is an Idempotent Receiver. A grouped message (one
 * group per shipment) is a wake-up that names its subject: its group is also its last-value key
 * ({@value #LAST_VALUE_KEY}), so on a last-value queue ({@code gateway.reports}) a newer one replaces one not yet
 * delivered. Each queue is looked up once (a lookup is a round trip to the broker). Gauge
 * {@code gateway.outbox.pending}: the messages waiting in the outbox.
 */
@Component("outboxRelay")
public class OutboxRelay {

    /** Artemis' last-value property: on a last-value queue a message replaces the waiting one with the same value. */
    static final String LAST_VALUE_KEY = "_AMQ_LVQ_NAME";

    private final OutboxRepository outbox;
    private final JmsTemplate jms;
    private final TransactionTemplate tx;
    private final Map<String, Queue> queues = new ConcurrentHashMap<>();

    public OutboxRelay(OutboxRepository outbox, ConnectionFactory connectionFactory, TransactionTemplate tx,
                       MeterRegistry meters) {
        this.outbox = outbox;
        this.jms = new JmsTemplate(connectionFactory);
        this.jms.setSessionTransacted(true);
        this.tx = tx;
        Gauge.builder("gateway.outbox.pending", outbox, OutboxRepository::pending)
                .description("Messages in the outbox, waiting to be relayed to their queues").register(meters);
    }

    /** Relays one batch of at most {@code limit} messages; returns how many were sent. */
    public int relayBatch(int limit) {
        Integer sent = tx.execute(status -> {
            List<OutboxMessage> batch = outbox.claim(limit);
            if (batch.isEmpty()) {
                return 0;
            }
            jms.execute(session -> send(session, batch), true);
            outbox.delete(batch);
            return batch.size();
        });
        return sent == null ? 0 : sent;
    }

    private Void send(Session session, List<OutboxMessage> batch) throws jakarta.jms.JMSException {
        try (MessageProducer producer = session.createProducer(null)) {
            for (OutboxMessage m : batch) {
                Message message = session.createTextMessage(m.body());
                if (m.group() != null) {
                    message.setStringProperty("JMSXGroupID", m.group());
                    message.setStringProperty(LAST_VALUE_KEY, m.group());
                }
                producer.send(queue(session, m.destination()), message);
            }
        }
        if (session.getTransacted()) {
            session.commit();
        }
        return null;
    }

    private Queue queue(Session session, String name) throws jakarta.jms.JMSException {
        Queue queue = queues.get(name);
        if (queue == null) {
            queue = session.createQueue(name);
            queues.put(name, queue);
        }
        return queue;
    }
}
