package vn.resultpost.gateway.operator;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.resultpost.gateway.canonical.CancelOutcome;
import vn.resultpost.gateway.canonical.OrderRef;
import vn.resultpost.gateway.canonical.ResultKey;
import vn.resultpost.gateway.canonical.Shipment;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.store.ShipmentRepository;
import vn.resultpost.gateway.support.ConflictException;
import vn.resultpost.gateway.support.NotFoundException;
import vn.resultpost.gateway.support.UnavailableException;
import vn.resultpost.gateway.tracking.StatusRecorder;

/**
 * Cancels a result's shipment before pickup: at the gateway alone while no order exists yet, else at
 * the operator first. After pickup, or once final, the answer is a conflict naming the status; an
 * operator that cannot be reached answers unavailable, and nothing changes.
 */
@Service("shipmentCancellation")
public class ShipmentCancellation {

    private static final Logger log = LoggerFactory.getLogger(ShipmentCancellation.class);

    private final ShipmentRepository shipments;
    private final OperatorRegistry operators;
    private final StatusRecorder recorder;
    private final TransactionTemplate tx;
    private final Clock clock;

    public ShipmentCancellation(ShipmentRepository shipments, OperatorRegistry operators, StatusRecorder recorder,
                                TransactionTemplate tx, Clock clock) {
        this.shipments = shipments;
        this.operators = operators;
        this.recorder = recorder;
        this.tx = tx;
        this.clock = clock;
    }

    /** Cancels the shipment of {@code key}; returns it as it is afterwards (CANCELLED). */
    public Shipment cancel(ResultKey key, String reason) {
        String why = reason == null || reason.isBlank() ? "no reason given" : reason.strip();
        for (int round = 0; round < 3; round++) {
            Shipment s = shipments.find(key).orElseThrow(() -> new NotFoundException("No result "
                    + key.dossierCode() + " of agency " + key.agencyCode()));
            if (s.status() == ShipmentStatus.CANCELLED) {
                return s;
            }
            refuseAfterPickup(s);
            boolean atOperator = s.status() == ShipmentStatus.ORDER_CREATED;
            if (atOperator) {
                cancelAtOperator(s);
            }
            Optional<Shipment> done = tx.execute(t -> record(s.id(), atOperator, why));
            if (done != null && done.isPresent()) {
                return done.get();
            }
        }
        throw new UnavailableException("The shipment kept changing while it was being cancelled; try again", 1);
    }

    private void cancelAtOperator(Shipment s) {
        CancelOutcome outcome = operators.get(s.operatorCode()).cancel(new OrderRef(s.id(), s.waybill()));
        if (outcome instanceof CancelOutcome.TooLate late) {
            throw new ConflictException("too-late-to-cancel", "Operator " + s.operatorCode()
                    + " no longer cancels waybill " + s.waybill() + ": " + late.reason());
        }
        if (outcome instanceof CancelOutcome.Retryable r) {
            throw new UnavailableException("Operator " + s.operatorCode() + " could not cancel now: " + r.reason(), 30);
        }
    }

    /**
     * Records CANCELLED under the row lock; empty when an order appeared meanwhile that the operator
     * has not cancelled (the caller goes round again). Once the operator cancelled, the operator's word
     * stands even if a pickup event was applied in between.
     */
    private Optional<Shipment> record(String id, boolean cancelledAtOperator, String why) {
        Shipment locked = shipments.lockById(id).orElseThrow();
        if (locked.status() == ShipmentStatus.CANCELLED) {
            return Optional.of(locked);
        }
        if (locked.status().terminal()) {
            refuseAfterPickup(locked);
        }
        if (!cancelledAtOperator && locked.status() != ShipmentStatus.ACCEPTED) {
            return Optional.empty();
        }
        var now = clock.instant();
        Shipment cancelled = new Shipment(locked.id(), locked.key(), locked.operatorCode(), locked.waybill(),
                ShipmentStatus.CANCELLED, locked.failedAttempts(), now, locked.createdAt(), now);
        recorder.record(cancelled, null, "Cancelled before pickup at the dossier system's request: "
                + (why.length() > 300 ? why.substring(0, 300) : why));
        log.info("Shipment {} ({}/{}) CANCELLED before pickup", id, locked.key().agencyCode(),
                locked.key().dossierCode());
        return Optional.of(cancelled);
    }

    private static void refuseAfterPickup(Shipment s) {
        if (s.status().terminal()) {
            throw new ConflictException("shipment-final", "The shipment is already " + s.status()
                    + "; nothing to cancel");
        }
        if (s.status().rank() >= ShipmentStatus.PICKED_UP.rank()) {
            throw new ConflictException("too-late-to-cancel", "The shipment is " + s.status()
                    + ": a result can be cancelled only before the postal worker picks it up");
        }
    }
}
