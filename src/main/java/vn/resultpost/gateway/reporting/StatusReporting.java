package vn.resultpost.gateway.reporting;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.resultpost.gateway.canonical.ReportState;
import vn.resultpost.gateway.canonical.Shipment;
import vn.resultpost.gateway.canonical.StatusReport;
import vn.resultpost.gateway.canonical.TimelineEntry;
import vn.resultpost.gateway.store.ShipmentRepository;
import vn.resultpost.gateway.store.TimelineRepository;
import vn.resultpost.gateway.store.TimelineRepository.StoredEntry;
import vn.resultpost.gateway.support.InvalidMessageException;
import vn.resultpost.gateway.support.RetryLaterException;

/**
 * Status-reporting stage: sends timeline entries to the dossier system in order per dossier (an
 * entry's earlier unreported entries go first) and once (a reported entry is skipped).
 */
@Service("statusReporting")
public class StatusReporting {

    private static final Logger log = LoggerFactory.getLogger(StatusReporting.class);

    private final TimelineRepository timeline;
    private final ShipmentRepository shipments;
    private final DossierSystemReporter reporter;
    private final Clock clock;

    public StatusReporting(TimelineRepository timeline, ShipmentRepository shipments, DossierSystemReporter reporter,
                           Clock clock) {
        this.timeline = timeline;
        this.shipments = shipments;
        this.reporter = reporter;
        this.clock = clock;
    }

    /**
     * Reports the timeline entry with this id, after the earlier entries of its shipment that are not
     * reported yet, in sequence order. Reports of one shipment form one JMS group, so one consumer at a
     * time sends them: an entry never waits in a redelivery loop for its predecessors' own messages
     * (which find their entry reported and are skipped).
     */
    public void report(String eventId) {
        StoredEntry stored = timeline.find(parse(eventId))
                .orElseThrow(() -> new InvalidMessageException("No timeline entry " + eventId));
        if (stored.entry().reportState() == ReportState.REPORTED) {
            return;
        }
        Shipment s = shipments.findById(stored.shipmentId()).orElseThrow();
        for (StoredEntry pending : timeline.unreportedUpTo(stored.shipmentId(), stored.entry().sequence())) {
            send(s, pending);
        }
    }

    private void send(Shipment s, StoredEntry stored) {
        TimelineEntry e = stored.entry();
        StatusReport report = new StatusReport(s.key().agencyCode(), s.key().dossierCode(), s.id(), e.sequence(),
                e.status(), e.status().dossierStatusCode(), s.operatorCode(), s.waybill(), e.operatorStatusCode(),
                e.description(), s.failedAttempts(), e.occurredAt());
        try {
            reporter.send(s.key().agencyCode(), report);
        } catch (RetryLaterException ex) {
            timeline.markReportFailed(stored.id(), ex.getMessage());
            throw ex;
        }
        timeline.markReported(stored.id(), clock.instant());
        log.info("Reported {} #{} of {}/{} to the dossier system", e.status(), e.sequence(), s.key().agencyCode(),
                s.key().dossierCode());
    }

    private static long parse(String eventId) {
        try {
            return Long.parseLong(eventId.strip());
        } catch (NumberFormatException ex) {
            throw new InvalidMessageException("Not a timeline entry id: " + eventId);
        }
    }
}
