package vn.resultpost.gateway.tracking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.Optional;
import org.apache.camel.Body;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.resultpost.gateway.canonical.OperatorStatusEvent;
import vn.resultpost.gateway.canonical.Shipment;
import vn.resultpost.gateway.review.ReviewKind;
import vn.resultpost.gateway.review.ReviewQueue;
import vn.resultpost.gateway.store.OperatorEventLog;
import vn.resultpost.gateway.store.ShipmentRepository;
import vn.resultpost.gateway.support.InvalidMessageException;

/**
 * Status-intake stage, an Idempotent Receiver on the operator event log: finds the event's shipment
 * and applies the event once. An event that arrives before its order is recorded waits in the log
 * and is applied, in order, when the order is recorded; one that overtook an earlier step waits a while
 * for it ({@link StatusResequencer}).
 */
@Service("statusIntake")
public class StatusIntake {

    private static final Logger log = LoggerFactory.getLogger(StatusIntake.class);

    private final ShipmentRepository shipments;
    private final OperatorEventLog events;
    private final EventApplier applier;
    private final ReviewQueue reviews;
    private final TransactionTemplate tx;
    private final ObjectMapper json;
    private final Clock clock;

    public StatusIntake(ShipmentRepository shipments, OperatorEventLog events, EventApplier applier,
                        ReviewQueue reviews, TransactionTemplate tx, ObjectMapper json, Clock clock) {
        this.shipments = shipments;
        this.events = events;
        this.applier = applier;
        this.reviews = reviews;
        this.tx = tx;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Applies one canonical operator event (JSON, as queued by the webhook channel); returns the outcome.
     * {@code heldSince}: when the {@link StatusResequencer} first held this event back (null if never).
     */
    public String apply(@Body String eventJson, @Header(StatusResequencer.HELD_SINCE) Long heldSince) {
        OperatorStatusEvent e = read(eventJson);
        return tx.execute(t -> {
            Optional<Shipment> locked = lockShipmentOf(e);
            if (events.seen(e)) {
                return "DUPLICATE";
            }
            if (locked.isEmpty()) {
                log.warn("Operator {} event {} for unknown waybill {}: held for review", e.operatorCode(),
                        e.statusCode(), e.waybill());
                events.record(e, "UNKNOWN_SHIPMENT", clock.instant());
                reviews.holdUnknown(e.operatorCode(), e.waybill(), ReviewKind.UNKNOWN_SHIPMENT, "Operator "
                        + e.operatorCode() + " sent status code '" + e.statusCode() + "' for waybill " + e.waybill()
                        + ", which no shipment of the gateway has");
                return "UNKNOWN_SHIPMENT";
            }
            if (locked.get().waybill() == null) {
                events.record(e, OperatorEventLog.AWAITING_ORDER, clock.instant());
                return OperatorEventLog.AWAITING_ORDER;
            }
            Shipment before = locked.get();
            return before == applier.apply(before, e, heldSince) ? "UNCHANGED" : "APPLIED";
        });
    }

    /** The event's shipment, row-locked: by waybill, or by the gateway's own reference the operator echoes. */
    private Optional<Shipment> lockShipmentOf(OperatorStatusEvent e) {
        Optional<String> byWaybill = shipments.idForWaybill(e.operatorCode(), e.waybill());
        if (byWaybill.isPresent()) {
            return shipments.lockById(byWaybill.get());
        }
        if (e.reference() == null) {
            return Optional.empty();
        }
        return shipments.lockById(e.reference())
                .filter(s -> s.operatorCode().equals(e.operatorCode()))
                .filter(s -> s.waybill() == null || s.waybill().equals(e.waybill()));
    }

    private OperatorStatusEvent read(String body) {
        OperatorStatusEvent e;
        try {
            e = json.readValue(body, OperatorStatusEvent.class);
        } catch (JsonProcessingException ex) {
            throw new InvalidMessageException("Unreadable operator event: " + ex.getOriginalMessage(), ex);
        }
        if (e == null || blank(e.operatorCode()) || blank(e.waybill()) || blank(e.statusCode())
                || e.occurredAt() == null || e.waybill().length() > 64 || e.statusCode().length() > 32) {
            throw new InvalidMessageException("An operator event needs operatorCode, waybill (≤ 64), statusCode (≤ 32) "
                    + "and occurredAt");
        }
        return e;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
