package vn.resultpost.gateway.tracking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.ConnectionFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.resultpost.gateway.audit.Correlation;
import vn.resultpost.gateway.audit.Direction;
import vn.resultpost.gateway.audit.MessageLog;
import vn.resultpost.gateway.canonical.OperatorStatusEvent;
import vn.resultpost.gateway.canonical.OrderRef;
import vn.resultpost.gateway.canonical.TrackOutcome;
import vn.resultpost.gateway.config.GatewayProperties;
import vn.resultpost.gateway.operator.OperatorRegistry;
import vn.resultpost.gateway.operator.ResilienceProperties;
import vn.resultpost.gateway.review.ReviewKind;
import vn.resultpost.gateway.review.ReviewQueue;
import vn.resultpost.gateway.store.ShipmentRepository;
import vn.resultpost.gateway.store.TrackingPollRepository;
import vn.resultpost.gateway.store.TrackingPollRepository.Due;

/**
 * Polling Consumer of operators that do not push: claims a batch of due open shipments (row claims,
 * safe on every instance), asks each one's operator for its tracking history and queues the events
 * newer than the poll cursor on the status-events queue, the path webhook events take.
 */
@Component("trackingPoller")
public class TrackingPoller {

    private static final Logger log = LoggerFactory.getLogger(TrackingPoller.class);

    private final TrackingPollRepository polls;
    private final ShipmentRepository shipments;
    private final OperatorRegistry operators;
    private final ReviewQueue reviews;
    private final MessageLog messageLog;
    private final TrackingProperties props;
    private final ResilienceProperties resilience;
    private final String queue;
    private final JmsTemplate jms;
    private final TransactionTemplate tx;
    private final ObjectMapper json;
    private final Clock clock;

    public TrackingPoller(TrackingPollRepository polls, ShipmentRepository shipments, OperatorRegistry operators,
                          ReviewQueue reviews, MessageLog messageLog, TrackingProperties props,
                          ResilienceProperties resilience, GatewayProperties gateway, ConnectionFactory connections,
                          TransactionTemplate tx, ObjectMapper json, Clock clock) {
        this.polls = polls;
        this.shipments = shipments;
        this.operators = operators;
        this.reviews = reviews;
        this.messageLog = messageLog;
        this.props = props;
        this.resilience = resilience;
        this.queue = gateway.queues().statusEvents();
        this.jms = new JmsTemplate(connections);
        this.jms.setSessionTransacted(true);
        this.tx = tx;
        this.json = json;
        this.clock = clock;
    }

    /** Claims and polls one batch of due shipments; returns how many were polled. */
    public int pollBatch() {
        Instant now = clock.instant();
        List<Due> due = tx.execute(t -> polls.claim(now, now.plus(props.lease()), props.batchSize()));
        if (due == null) {
            return 0;
        }
        for (Due d : due) {
            try {
                poll(d);
            } catch (RuntimeException e) {
                // The claim's lease brings the shipment back; one bad shipment never stops the batch.
                log.warn("Tracking poll of shipment {} ({} {}) failed: {}", d.shipmentId(), d.operator(), d.waybill(),
                        e.getMessage());
            }
        }
        return due.size();
    }

    private void poll(Due d) {
        TrackOutcome outcome = operators.get(d.operator()).track(new OrderRef(d.shipmentId(), d.waybill()));
        Instant now = clock.instant();
        Instant next = now.plus(props.intervalOf(d.operator()));
        if (outcome instanceof TrackOutcome.Events e) {
            List<OperatorStatusEvent> fresh = e.events().stream()
                    .filter(ev -> d.cursor() == null || ev.occurredAt().isAfter(d.cursor()))
                    .sorted(Comparator.comparing(OperatorStatusEvent::occurredAt)).toList();
            if (!fresh.isEmpty()) {
                queue(d, fresh);
            }
            polls.polled(d.shipmentId(), next, fresh.isEmpty() ? null : fresh.get(fresh.size() - 1).occurredAt());
        } else if (outcome instanceof TrackOutcome.Deferred deferred) {
            log.debug("Tracking of {} deferred: {}", d.shipmentId(), deferred.reason());
            polls.polled(d.shipmentId(), now.plus(resilience.policy(d.operator()).deferral()), null);
        } else if (outcome instanceof TrackOutcome.NotFound notFound) {
            tx.executeWithoutResult(t -> shipments.findById(d.shipmentId()).ifPresent(s ->
                    reviews.hold(s, ReviewKind.ORDER_NOT_FOUND, notFound.reason())));
            polls.polled(d.shipmentId(), next, null);
        } else {
            log.warn("Tracking of shipment {} ({} {}) failed, next poll at {}: {}", d.shipmentId(), d.operator(),
                    d.waybill(), next, ((TrackOutcome.Retryable) outcome).reason());
            polls.polled(d.shipmentId(), next, null);
        }
    }

    /** Queues the new events in one JMS transaction, grouped by waybill as webhook events are. */
    private void queue(Due d, List<OperatorStatusEvent> fresh) {
        List<String> bodies = fresh.stream().map(this::write).toList();
        messageLog.record(Direction.IN, "operator:" + d.operator(), Correlation.ofWaybill(d.waybill()),
                "[" + String.join(",", bodies) + "]"); // audit: what polling learnt, as queued
        jms.execute(session -> {
            try (var producer = session.createProducer(session.createQueue(queue))) {
                for (int i = 0; i < fresh.size(); i++) {
                    var message = session.createTextMessage(bodies.get(i));
                    message.setStringProperty("JMSXGroupID", fresh.get(i).operatorCode() + ":" + fresh.get(i).waybill());
                    producer.send(message);
                }
            }
            session.commit();
            return null;
        }, true);
        log.debug("Queued {} polled events of shipment {}", fresh.size(), d.shipmentId());
    }

    private String write(OperatorStatusEvent e) {
        try {
            return json.writeValueAsString(e);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Cannot serialise an operator event", ex);
        }
    }
}
