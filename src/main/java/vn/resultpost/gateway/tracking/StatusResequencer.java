package vn.resultpost.gateway.tracking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.canonical.OperatorStatusEvent;
import vn.resultpost.gateway.canonical.Shipment;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.support.DeferredException;

/**
 * Resequencer of a shipment's operator events: an event that overtook the step before it (IN_TRANSIT
 * while the shipment still waits for PICKED_UP: a redelivered event, a webhook retried late) is held
 * back and looked at again until that step has been applied, so both are reported in order. The hold
 * ends after the window, counted from the event's time and from its first hold, whichever ends first:
 * operators do skip steps, and an old event (a poll's catch-up) is never held.
 */
@Component
public class StatusResequencer {

    /** Message header: epoch milliseconds when the event was first held back. */
    public static final String HELD_SINCE = "GatewayHeldSince";

    private final ResequencerProperties props;
    private final Clock clock;

    public StatusResequencer(ResequencerProperties props, Clock clock) {
        this.props = props;
        this.clock = clock;
    }

    /**
     * Throws {@link DeferredException} (the stage re-queues the event for {@code retry}) when {@code e}
     * should wait for the step before {@code next}; returns when it may be applied now.
     */
    public void holdIfAhead(Shipment s, ShipmentStatus next, OperatorStatusEvent e, Long heldSince) {
        Optional<ShipmentStatus> missing = ShipmentStateMachine.skippedStep(s.status(), next);
        if (missing.isEmpty() || props.window().isZero()) {
            return;
        }
        Instant now = clock.instant();
        Instant since = heldSince == null ? now : Instant.ofEpochMilli(heldSince);
        if (!now.isBefore(e.occurredAt().plus(props.window())) || !now.isBefore(since.plus(props.window()))) {
            return;
        }
        Duration left = Duration.between(now, since.plus(props.window()));
        throw new DeferredException("shipment " + s.id() + ": " + next + " (" + e.operatorCode() + " code "
                + e.statusCode() + ") waits for " + missing.get() + ", at most " + Math.max(1, left.toSeconds())
                + " s more", props.retry(), Map.of(HELD_SINCE, since.toEpochMilli()));
    }
}
