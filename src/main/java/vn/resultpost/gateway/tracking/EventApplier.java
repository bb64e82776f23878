package vn.resultpost.gateway.tracking;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.canonical.OperatorStatusEvent;
import vn.resultpost.gateway.canonical.Shipment;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.review.ReviewKind;
import vn.resultpost.gateway.review.ReviewQueue;
import vn.resultpost.gateway.store.OperatorEventLog;
import vn.resultpost.gateway.store.OperatorEventLog.LoggedEvent;

/**
 * Applies one operator event to a locked shipment: the operator's status table, then the state
 * machine; logs the outcome and records an applied change. A fresh event that overtook the step before
 * it is first offered to the {@link StatusResequencer}. Also releases the events that arrived before the
 * shipment's order was recorded, in event-time order.
 */
@Component
public class EventApplier {

    private static final Logger log = LoggerFactory.getLogger(EventApplier.class);

    private final OperatorEventLog events;
    private final StatusTables tables;
    private final StatusRecorder recorder;
    private final ShipmentDeadlines deadlines;
    private final ReviewQueue reviews;
    private final ReturnRuleCheck returnRule;
    private final StatusResequencer resequencer;
    private final Clock clock;

    public EventApplier(OperatorEventLog events, StatusTables tables, StatusRecorder recorder,
                        ShipmentDeadlines deadlines, ReviewQueue reviews, ReturnRuleCheck returnRule, StatusResequencer resequencer,
                        Clock clock) {
        this.events = events;
        this.tables = tables;
        this.recorder = recorder;
        this.deadlines = deadlines;
        this.reviews = reviews;
        this.returnRule = returnRule;
        this.resequencer = resequencer;
        this.clock = clock;
    }

    /**
     * Applies an event not logged yet; returns the shipment as it is afterwards. Throws
     * {@link vn.resultpost.gateway.support.DeferredException} when the event is held back for an earlier one
     * ({@code heldSince}: epoch milliseconds of its first hold, null if never held).
     */
    public Shipment apply(Shipment locked, OperatorStatusEvent e, Long heldSince) {
        return apply(locked, e, null, heldSince);
    }

    /** Applies, in event-time order, the events that waited for this shipment's order (call with the row locked). */
    public Shipment releaseAwaiting(Shipment locked) {
        Shipment s = locked;
        for (LoggedEvent waiting : events.awaitingOrder(s.operatorCode(), s.waybill())) {
            s = apply(s, waiting.event(), waiting.id(), null);
        }
        return s;
    }

    private Shipment apply(Shipment s, OperatorStatusEvent e, Long loggedId, Long heldSince) {
        Optional<StatusTable.Entry> entry = tables.find(e.operatorCode()).flatMap(t -> t.lookup(e.statusCode()));
        if (entry.isEmpty()) {
            log.warn("Operator {} code {} for waybill {} is not in its status table: held for review",
                    e.operatorCode(), e.statusCode(), e.waybill());
            outcome(e, loggedId, "UNKNOWN_CODE");
            reviews.hold(s, ReviewKind.UNKNOWN_STATUS_CODE, "Operator " + e.operatorCode() + " sent status code '"
                    + e.statusCode() + "' (" + (e.statusText() == null ? "no text" : e.statusText()) + ") at "
                    + e.occurredAt() + ", which is not in its status table: add it to config/operators/"
                    + e.operatorCode() + ".yml, or resolve this by hand");
            return s;
        }
        if (entry.get().informational()) {
            outcome(e, loggedId, "INFORMATIONAL");
            return s;
        }
        ShipmentStatus next = entry.get().status().orElseThrow();
        ShipmentStateMachine.Decision decision = ShipmentStateMachine.decide(s, next, e.occurredAt());
        if (decision == ShipmentStateMachine.Decision.APPLY && loggedId == null) {
            resequencer.holdIfAhead(s, next, e, heldSince);
        }
        outcome(e, loggedId, decision.name());
        if (decision != ShipmentStateMachine.Decision.APPLY) {
            log.debug("Shipment {} event {} {}: {}", s.id(), e.statusCode(), next, decision);
            return s;
        }
        Shipment updated = ShipmentStateMachine.apply(s, next, e.occurredAt(), clock.instant());
        recorder.record(updated, e.statusCode(), entry.get().text());
        if (next == ShipmentStatus.PICKED_UP) {
            deadlines.assign(updated, e.occurredAt());
        }
        returnRule.check(s, next);
        log.info("Shipment {} ({}/{}) {} ({} code {})", s.id(), s.key().agencyCode(), s.key().dossierCode(), next,
                e.operatorCode(), e.statusCode());
        return updated;
    }

    private void outcome(OperatorStatusEvent e, Long loggedId, String outcome) {
        if (loggedId == null) {
            events.record(e, outcome, clock.instant());
        } else {
            events.resolve(loggedId, outcome);
        }
    }
}
