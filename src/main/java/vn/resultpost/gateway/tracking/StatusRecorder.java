package vn.resultpost.gateway.tracking;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.canonical.Shipment;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.config.GatewayProperties;
import vn.resultpost.gateway.store.OutboxRepository;
import vn.resultpost.gateway.store.ShipmentRepository;
import vn.resultpost.gateway.store.TimelineRepository;

/**
 * Writes one applied status change: the shipment's new state, its timeline entry and the outbox
 * message that has the shipment's pending entries reported to the dossier system. Call inside a
 * transaction holding the row lock.
 */
@Component
public class StatusRecorder {

    private final ShipmentRepository shipments;
    private final TimelineRepository timeline;
    private final OutboxRepository outbox;
    private final GatewayProperties props;
    private final Clock clock;

    public StatusRecorder(ShipmentRepository shipments, TimelineRepository timeline, OutboxRepository outbox,
                          GatewayProperties props, Clock clock) {
        this.shipments = shipments;
        this.timeline = timeline;
        this.outbox = outbox;
        this.props = props;
        this.clock = clock;
    }

    /** Records a shipment's move to {@code updated.status()}; returns the timeline entry id. */
    public long record(Shipment updated, String operatorStatusCode, String description) {
        shipments.update(updated);
        return appendAndAnnounce(updated, operatorStatusCode, description);
    }

    /** Records the first entry of a freshly inserted shipment. */
    public long recordFirst(Shipment inserted, String description) {
        return appendAndAnnounce(inserted, null, description);
    }

    private long appendAndAnnounce(Shipment s, String operatorStatusCode, String description) {
        Instant now = clock.instant();
        ShipmentStatus status = s.status();
        Instant occurred = s.lastEventAt() == null ? now : s.lastEventAt();
        long eventId = timeline.append(s.id(), status, operatorStatusCode, description, occurred, now);
        outbox.add(props.queues().reports(), s.id(), s.id(), now);
        return eventId;
    }
}
