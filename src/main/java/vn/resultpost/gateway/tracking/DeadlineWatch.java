package vn.resultpost.gateway.tracking;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.resultpost.gateway.deadline.DeadlineCalculator;
import vn.resultpost.gateway.store.DeadlineRepository;
import vn.resultpost.gateway.store.DeadlineRepository.StoredDeadline;

/**
 * Watches the J+n deadlines: alerts once on the due day for a shipment not delivered yet, and marks
 * it overdue the day after; each as a WARN log line and a counter (gateway.deadline.alerts).
 */
@Component("deadlineWatch")
public class DeadlineWatch {

    private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);

    private final DeadlineRepository deadlines;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Counter dueToday;
    private final Counter overdue;

    public DeadlineWatch(DeadlineRepository deadlines, TransactionTemplate tx, Clock clock, MeterRegistry meters) {
        this.deadlines = deadlines;
        this.tx = tx;
        this.clock = clock;
        this.dueToday = meters.counter("gateway.deadline.alerts", "kind", "due-today");
        this.overdue = meters.counter("gateway.deadline.alerts", "kind", "overdue");
    }

    /** Raises today's alerts; returns how many shipments were alerted or marked. */
    public int check() {
        LocalDate today = LocalDate.now(clock.withZone(DeadlineCalculator.VIETNAM));
        Integer raised = tx.execute(status -> {
            List<StoredDeadline> due = deadlines.alertDue(today, clock.instant());
            List<StoredDeadline> late = deadlines.markOverdue(today, clock.instant());
            due.forEach(d -> log.warn("Deadline today: {}/{} is due {} ({}) and not delivered yet", d.agencyCode(),
                    d.dossierCode(), d.dueDate(), d.rule()));
            late.forEach(d -> log.warn("OVERDUE: {}/{} was due {} ({})", d.agencyCode(), d.dossierCode(),
                    d.dueDate(), d.rule()));
            dueToday.increment(due.size());
            overdue.increment(late.size());
            return due.size() + late.size();
        });
        return raised == null ? 0 : raised;
    }
}
