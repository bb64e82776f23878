package vn.resultpost.gateway.deadletter;

import jakarta.annotation.PreDestroy;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.config.GatewayProperties;
import vn.resultpost.gateway.config.QueueBrowsing;
import vn.resultpost.gateway.support.NotFoundException;

/**
 * Lists and replays the dead-letter queues of the stages, and the JMS channel's invalid-message queue (listed
 * and replayed as parked messages of the inbound queue). A replay moves messages back to their stage queue in JMS
 * transactions of up to {@value #REPLAY_BATCH} (each message is either still parked or back in its stage, never both),
 * as they are (body and own properties; without a JMSReplyTo); every stage is idempotent, so a replay never repeats an
 * effect. One transaction for all stopped short once the parked messages passed the broker's memory bound: the
 * paged rest could not come back into memory while the moved ones were not acknowledged (7,000 of 20,000 moved).
 */
@Component
public class DeadLetterQueues {

    public static final String REPLAYED_AT = "gatewayReplayedAt";
    /** Headers of a message the JMS channel refused (channel.jms.InvalidMessageChannel). */
    public static final String REJECTION_TYPE = "gatewayRejectionType";
    public static final String REJECTION_DETAIL = "gatewayRejectionDetail";
    public static final String REJECTED_AT = "gatewayRejectedAt";
    private static final Logger log = LoggerFactory.getLogger(DeadLetterQueues.class);
    /** Messages moved per JMS transaction by a replay. */
    static final int REPLAY_BATCH = 200;

    private final JmsTemplate jms;
    /** Lists with a broker connection of its own that takes the messages one by one (see {@link QueueBrowsing}). */
    private final QueueBrowsing browsing;
    private final JmsTemplate listing;
    private final List<String> queues;
    /** Per stage queue, the queues its parked messages wait in. */
    private final Map<String, List<String>> parking = new LinkedHashMap<>();
    private final Clock clock;

    public DeadLetterQueues(ConnectionFactory connectionFactory, GatewayProperties props, Clock clock) {
        this.jms = new JmsTemplate(connectionFactory);
        this.jms.setSessionTransacted(true);
        this.browsing = new QueueBrowsing(connectionFactory);
        this.listing = new JmsTemplate(browsing.connectionFactory());
        GatewayProperties.Queues q = props.queues();
        for (String stage : List.of(q.orders(), q.statusEvents(), q.reports(), q.rejections())) {
            parking.put(stage, List.of(DeadLetterChannel.PREFIX + stage));
        }
        parking.put(q.inboundResults(), List.of(q.inboundInvalid(), DeadLetterChannel.PREFIX + q.inboundResults()));
        this.queues = List.copyOf(parking.keySet());
        this.clock = clock;
    }

    /** The stage queues that have a dead-letter queue. */
    public List<String> queues() {
        return queues;
    }

    /**
     * The first {@code limit} parked messages of one stage queue, or of all when {@code queue} is null, oldest first
     * per queue, and how many are parked in all: the rest are counted, not read into memory (a day's outage can park
     * tens of thousands of reports).
     */
    public Parked list(String queue, int limit) {
        List<DeadLetter> shown = new ArrayList<>();
        int total = 0;
        for (String q : queue == null ? queues : List.of(known(queue))) {
            for (String parkedIn : parking.get(q)) {
                total += listing.browse(parkedIn, (session, browser) -> {
                    int counted = 0;
                    for (Enumeration<?> e = browser.getEnumeration(); e.hasMoreElements(); counted++) {
                        Message m = (Message) e.nextElement();
                        if (shown.size() < limit) {
                            shown.add(DeadLetterTranslator.view(q, parkedIn, m));
                        }
                    }
                    return counted;
                });
            }
        }
        return new Parked(List.copyOf(shown), total);
    }

    /** Some parked messages ({@code shown}, at most the limit asked for) and how many are parked in all. */
    public record Parked(List<DeadLetter> shown, int total) {

        /** Whether some parked messages are not among those shown. */
        public boolean more() {
            return total > shown.size();
        }
    }

    @PreDestroy
    void close() {
        browsing.close();
    }

    /**
     * Moves the given messages (all of the queue's when {@code ids} is empty) back to the stage queue. Only messages
     * sent before the replay began: one that fails again and is parked anew during a long replay is not taken again.
     * "Sent" by its sender's clock ({@code JMSTimestamp}): a message the broker moved itself keeps its first sender's
     * time, so one from a dossier system whose clock runs ahead of the gateway's waits for a later replay.
     */
    public int replay(String queue, List<String> ids) {
        String stageQueue = known(queue);
        String selector = ReplaySelector.of(ids, System.currentTimeMillis());
        Integer moved = jms.execute(session -> move(session, stageQueue, selector), true);
        log.info("Replayed {} message(s) from {} to {}", moved, parking.get(stageQueue), stageQueue);
        return moved == null ? 0 : moved;
    }

    private Integer move(Session session, String stageQueue, String selector) throws JMSException {
        int moved = 0;
        for (String parkedIn : parking.get(stageQueue)) {
            try (MessageConsumer consumer = session.createConsumer(session.createQueue(parkedIn), selector)) {
                Message m;
                while ((m = consumer.receive(200)) != null) {
                    MessageForwarding.forward(session, m, stageQueue, Map.of(REPLAYED_AT, clock.instant().toString()), true);
                    if (++moved % REPLAY_BATCH == 0) {
                        session.commit();
                    }
                }
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
}
