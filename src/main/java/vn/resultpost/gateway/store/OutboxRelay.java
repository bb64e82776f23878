package vn.resultpost.gateway.store;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.util.List;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.resultpost.gateway.store.OutboxRepository.OutboxMessage;

/**
 * Relays outbox messages to their Artemis queues: claims a batch, sends it in one JMS transaction,
 * then deletes it in the same database transaction. A crash between the JMS commit and the
 * database commit sends the batch again; every consumer is an Idempotent Receiver. Gauge
 * {@code gateway.outbox.pending}: the messages waiting in the outbox.
 */
@Component("outboxRelay")
public class OutboxRelay {

    private final OutboxRepository outbox;
    private final JmsTemplate jms;
    private final TransactionTemplate tx;

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
        for (OutboxMessage m : batch) {
            try (MessageProducer producer = session.createProducer(session.createQueue(m.destination()))) {
                Message message = session.createTextMessage(m.body());
                if (m.group() != null) {
                    message.setStringProperty("JMSXGroupID", m.group());
                }
                producer.send(message);
            }
        }
        if (session.getTransacted()) {
            session.commit();
        }
        return null;
    }
}
