package vn.resultpost.gateway.deadletter;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.config.GatewayProperties;
import vn.resultpost.gateway.support.NotFoundException;

/**
 * Lists and replays the dead-letter queues of the stages. A replay moves messages back to their
 * stage queue in one JMS transaction; every stage is idempotent, so a replay never repeats an effect.
 */
@Component
public class DeadLetterQueues {

    static final String REPLAYED_AT = "gatewayReplayedAt";
    private static final Logger log = LoggerFactory.getLogger(DeadLetterQueues.class);

    private final JmsTemplate jms;
    private final List<String> queues;
    private final Clock clock;

    public DeadLetterQueues(ConnectionFactory connectionFactory, GatewayProperties props, Clock clock) {
        this.jms = new JmsTemplate(connectionFactory);
        this.jms.setSessionTransacted(true);
        this.jms.setReceiveTimeout(JmsTemplate.RECEIVE_TIMEOUT_NO_WAIT);
        this.queues = List.of(props.queues().orders(), props.queues().statusEvents(), props.queues().reports());
        this.clock = clock;
    }

    /** The stage queues that have a dead-letter queue. */
    public List<String> queues() {
        return queues;
    }

    /** The parked messages of one stage queue, or of all when {@code queue} is null, oldest first. */
    public List<DeadLetter> list(String queue) {
        List<DeadLetter> all = new ArrayList<>();
        for (String q : queue == null ? queues : List.of(known(queue))) {
            all.addAll(jms.browse(DeadLetterChannel.PREFIX + q, (session, browser) -> {
                List<DeadLetter> found = new ArrayList<>();
                for (Message m : Collections.list((java.util.Enumeration<Message>) browser.getEnumeration())) {
                    found.add(view(q, m));
                }
                return found;
            }));
        }
        return all;
    }

    /** Moves the given messages (all of the queue's when {@code ids} is empty) back to the stage queue. */
    public int replay(String queue, List<String> ids) {
        String stageQueue = known(queue);
        String selector = ids.isEmpty() ? null : ids.stream().map(DeadLetterQueues::quoted)
                .collect(Collectors.joining(",", "JMSMessageID IN (", ")"));
        Integer moved = jms.execute(session -> move(session, stageQueue, selector), true);
        log.info("Replayed {} message(s) from {}{}", moved, DeadLetterChannel.PREFIX, stageQueue);
        return moved == null ? 0 : moved;
    }

    private Integer move(Session session, String stageQueue, String selector) throws JMSException {
        int moved = 0;
        try (MessageConsumer consumer = session.createConsumer(
                session.createQueue(DeadLetterChannel.PREFIX + stageQueue), selector);
             MessageProducer producer = session.createProducer(session.createQueue(stageQueue))) {
            Message m;
            while ((m = consumer.receive(200)) != null) {
                TextMessage copy = session.createTextMessage(((TextMessage) m).getText());
                String group = m.getStringProperty(DeadLetterChannel.GROUP);
                if (group != null) {
                    copy.setStringProperty(DeadLetterChannel.GROUP, group);
                }
                copy.setStringProperty(REPLAYED_AT, clock.instant().toString());
                producer.send(copy);
                moved++;
            }
        }
        session.commit();
        return moved;
    }

    private String known(String queue) {
        if (!queues.contains(queue)) {
            throw new NotFoundException("No stage queue '" + queue + "'; the queues are " + queues);
        }
        return queue;
    }

    private static DeadLetter view(String queue, Message m) throws JMSException {
        String reason = m.getStringProperty(DeadLetterChannel.REASON);
        String body = m instanceof TextMessage t ? t.getText() : null;
        return new DeadLetter(m.getJMSMessageID(), queue, m.getStringProperty(DeadLetterChannel.STAGE),
                reason != null ? reason : "moved by the broker after the last delivery attempt",
                m.getStringProperty(DeadLetterChannel.FAILED_AT), body);
    }

    private static String quoted(String id) {
        if (!id.matches("[A-Za-z0-9:._-]{1,100}")) {
            throw new vn.resultpost.gateway.support.InvalidMessageException("Not a message id: " + id);
        }
        return "'" + id + "'";
    }
}
