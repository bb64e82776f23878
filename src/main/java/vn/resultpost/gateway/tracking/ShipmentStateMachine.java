package vn.resultpost.gateway.tracking;

import java.time.Instant;
import java.util.Optional;
import vn.resultpost.gateway.canonical.Shipment;
import vn.resultpost.gateway.canonical.ShipmentStatus;

/**
 * The shipment lifecycle: never moves backwards, ignores repeats, and lets a redelivery loop
 * between out-for-delivery and delivery-failed only with newer events.
 */
public final class ShipmentStateMachine {

    /** What to do with an operator event. */
    public enum Decision {
        /** Move the shipment to the event's status. */
        APPLY,
        /** Same status again: nothing changes. */
        DUPLICATE,
        /** Older than what the shipment already shows (arrived out of order): nothing changes. */
        STALE,
        /** The shipment already reached a final status: nothing changes. */
        TERMINAL
    }

    private ShipmentStateMachine() {
    }

    public static Decision decide(Shipment current, ShipmentStatus next, Instant occurredAt) {
        ShipmentStatus now = current.status();
        if (now.terminal()) {
            return Decision.TERMINAL;
        }
        if (next.rank() > now.rank()) {
            return Decision.APPLY;
        }
        if (next.rank() < now.rank()) {
            return Decision.STALE;
        }
        boolean newer = current.lastEventAt() == null || occurredAt.isAfter(current.lastEventAt());
        if (next == ShipmentStatus.DELIVERY_FAILED && newer) {
            return Decision.APPLY;
        }
        if (next != now) {
            return newer ? Decision.APPLY : Decision.STALE;
        }
        return Decision.DUPLICATE;
    }

    /**
     * The step that normally comes right before {@code next} when the shipment has not reached it yet
     * (e.g. PICKED_UP for an IN_TRANSIT event on a shipment still ORDER_CREATED): the event may have
     * overtaken an earlier one. Empty when nothing is skipped or {@code next} may follow anything
     * (a cancellation, a rejection, a pickup).
     */
    public static Optional<ShipmentStatus> skippedStep(ShipmentStatus now, ShipmentStatus next) {
        ShipmentStatus before = switch (next) {
            case IN_TRANSIT -> ShipmentStatus.PICKED_UP;
            case OUT_FOR_DELIVERY -> ShipmentStatus.IN_TRANSIT;
            case DELIVERY_FAILED, DELIVERED, RETURNING -> ShipmentStatus.OUT_FOR_DELIVERY;
            case RETURNED_TO_AGENCY -> ShipmentStatus.RETURNING;
            default -> null;
        };
        return before == null || now.rank() >= before.rank() ? Optional.empty() : Optional.of(before);
    }

    /** The shipment after applying {@code next}; a failed delivery counts an attempt. */
    public static Shipment apply(Shipment s, ShipmentStatus next, Instant occurredAt, Instant now) {
        int attempts = s.failedAttempts() + (next == ShipmentStatus.DELIVERY_FAILED ? 1 : 0);
        return new Shipment(s.id(), s.key(), s.operatorCode(), s.waybill(), next, attempts, occurredAt,
                s.createdAt(), now);
    }
}
