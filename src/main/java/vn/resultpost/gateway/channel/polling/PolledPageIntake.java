package vn.resultpost.gateway.channel.polling;

import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.resultpost.gateway.audit.Direction;
import vn.resultpost.gateway.audit.MessageLog;
import vn.resultpost.gateway.channel.jms.JmsReplies;
import vn.resultpost.gateway.intake.Channel;
import vn.resultpost.gateway.intake.IntakeOutcome;
import vn.resultpost.gateway.intake.IntakeProblem;
import vn.resultpost.gateway.intake.ResultIntake;
import vn.resultpost.gateway.reporting.RejectionReports;
import vn.resultpost.gateway.store.PollingSourceRepository;

/**
 * Takes one page of a polling source in one database transaction: every item through the same
 * {@link ResultIntake} (an Idempotent Receiver, so a page taken again after a crash creates nothing twice),
 * a rejection report queued for each refused item, and the source's cursor moved past the page. Each item
 * is recorded in the audit log (IN) first.
 */
@Component
public class PolledPageIntake {

    private static final Logger log = LoggerFactory.getLogger(PolledPageIntake.class);

    private final ResultIntake intake;
    private final RejectionReports rejections;
    private final PollingSourceRepository sources;
    private final MessageLog messageLog;
    private final TransactionTemplate tx;

    public PolledPageIntake(ResultIntake intake, RejectionReports rejections, PollingSourceRepository sources,
                            MessageLog messageLog, TransactionTemplate tx) {
        this.intake = intake;
        this.rejections = rejections;
        this.sources = sources;
        this.messageLog = messageLog;
        this.tx = tx;
    }

    /**
     * Takes the page read after {@code cursor}; throws {@link CursorMovedException} when the source's cursor is
     * no longer {@code cursor} (another instance took the page meanwhile), and nothing is taken.
     */
    public Taken take(String name, PollingProperties.Source source, String cursor, ReadyPage page) {
        for (ReadyPage.Item item : page.items()) {
            messageLog.record(Direction.IN, item.party(), item.correlation(), item.auditBody());
        }
        return tx.execute(status -> {
            String stored = sources.lock(name).cursor();
            if (!Objects.equals(stored, cursor)) {
                throw new CursorMovedException("source " + name + " moved from " + cursor + " to " + stored);
            }
            int accepted = 0;
            int rejected = 0;
            for (ReadyPage.Item item : page.items()) {
                IntakeProblem problem = item.problem() != null ? item.problem() : submit(item, source);
                if (problem == null) {
                    accepted++;
                } else {
                    rejected++;
                    reject(name, source, item, problem);
                }
            }
            String next = page.cursorAfter(cursor);
            sources.advance(name, next, accepted, rejected);
            return new Taken(next, accepted, rejected);
        });
    }

    /** Null when intake accepted the item (created, or the same result again); else why it refused it. */
    private IntakeProblem submit(ReadyPage.Item item, PollingProperties.Source source) {
        try {
            IntakeOutcome outcome = intake.submit(item.json(), source.agencies()::contains, Channel.POLLING);
            if (outcome instanceof IntakeOutcome.Conflict conflict) {
                return IntakeProblem.conflict(conflict.shipment(), JmsReplies.statusUrl(conflict.shipment().key()));
            }
            return null;
        } catch (RuntimeException refused) {
            return IntakeProblem.of(refused).orElseThrow(() -> refused);
        }
    }

    /** Reports the refusal to the agency, when it is one of the source's (another agency is not told). */
    private void reject(String name, PollingProperties.Source source, ReadyPage.Item item, IntakeProblem problem) {
        boolean told = item.agencyCode() != null && source.agencies().contains(item.agencyCode())
                && rejections.enqueue(item.agencyCode(), item.dossierCode(), Channel.POLLING, problem);
        log.warn("Polling source {} item {} ({}/{}) refused: {}{}", name, item.cursor(), item.agencyCode(),
                item.dossierCode(), problem.detail(), told ? "; reported to the agency" : "; no agency of the source to tell");
    }

    /** What a page gave: the cursor now kept, items accepted and refused. */
    public record Taken(String cursor, int accepted, int rejected) {
    }

    /** The source's cursor moved under this poll (its lease ran out and another instance took the page). */
    public static class CursorMovedException extends RuntimeException {
        public CursorMovedException(String message) {
            super(message);
        }
    }
}
