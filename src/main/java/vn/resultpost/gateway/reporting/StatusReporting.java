package vn.resultpost.gateway.reporting;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.resultpost.gateway.canonical.Shipment;
import vn.resultpost.gateway.canonical.StatusReport;
import vn.resultpost.gateway.canonical.TimelineEntry;
import vn.resultpost.gateway.store.DeadlineRepository;
import vn.resultpost.gateway.store.DeadlineRepository.StoredDeadline;
import vn.resultpost.gateway.store.ShipmentRepository;
import vn.resultpost.gateway.store.TimelineRepository;
import vn.resultpost.gateway.store.TimelineRepository.StoredEntry;
import vn.resultpost.gateway.support.InvalidMessageException;
import vn.resultpost.gateway.support.RetryLaterException;

/**
 * Status-reporting stage: sends a shipment's timeline entries to the dossier system, in order and
 * once each (a reported entry is never sent again).
 */
@Service("statusReporting")
public class StatusReporting {

    private static final Logger log = LoggerFactory.getLogger(StatusReporting.class);

    private final TimelineRepository timeline;
    private final ShipmentRepository shipments;
    private final DossierSystemReporter reporter;
    private final DeadlineRepository deadlines;
    private final Clock clock;

    public StatusReporting(TimelineRepository timeline, ShipmentRepository shipments, DossierSystemReporter reporter,
                           DeadlineRepository deadlines, Clock clock) {
        this.deadlines = deadlines;
        this.timeline = timeline;
        this.shipments = shipments;
        this.reporter = reporter;
        this.clock = clock;
    }

    /**
     * Reports every pending timeline entry of the shipment, in sequence order, stopping at the first
     * the dossier system does not accept (the message is then retried). The order of the reports
     * comes from the timeline, not from the order of the messages; a repeated message finds nothing left.
     */
    public void report(String shipmentId) {
        Shipment s = shipments.findById(shipmentId.strip())
                .orElseThrow(() -> new InvalidMessageException("No shipment " + shipmentId));
        LocalDate dueDate = deadlines.find(s.id()).map(StoredDeadline::dueDate).orElse(null);
        for (StoredEntry stored : timeline.pending(s.id())) {
            TimelineEntry e = stored.entry();
            StatusReport report = new StatusReport(s.key().agencyCode(), s.key().dossierCode(), s.id(), e.sequence(),
                    e.status(), e.status().dossierStatusCode(), s.operatorCode(), s.waybill(),
                    e.operatorStatusCode(), e.description(), s.failedAttempts(), e.occurredAt(), dueDate);
            try {
                reporter.send(s.key().agencyCode(), report);
            } catch (RetryLaterException ex) {
                timeline.markReportFailed(stored.id(), ex.getMessage());
                throw ex;
            }
            timeline.markReported(stored.id(), clock.instant());
            log.info("Reported {} #{} of {}/{} to the dossier system", e.status(), e.sequence(),
                    s.key().agencyCode(), s.key().dossierCode());
        }
    }
}
