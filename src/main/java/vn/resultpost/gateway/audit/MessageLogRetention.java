package vn.resultpost.gateway.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.resultpost.gateway.store.MessageLogRepository;
import vn.resultpost.gateway.store.MessageLogRepository.Head;
import vn.resultpost.gateway.store.MessageLogRepository.StoredMessage;

/**
 * Retention of the message log ({@code gateway.audit.retention}, 5 years by default): deletes the records
 * older than the retention from the start of the chain, without breaking verification. Each step, with the
 * head locked, first verifies the records it is about to delete (and their link to the first one kept),
 * then deletes them and moves the head's anchor to the first record kept and its prev_hash. A broken
 * segment is never purged: the purge stops with an error naming the break, so evidence is not destroyed.
 */
@Component("messageLogRetention")
public class MessageLogRetention {

    private static final Logger log = LoggerFactory.getLogger(MessageLogRetention.class);
    static final int DEFAULT_BATCH = 5_000;

    private final MessageLogRepository repository;
    private final JdbcMessageLog messageLog;
    private final TransactionTemplate requiresNew;
    private final Duration retention;
    private final Clock clock;
    private final int batchSize;

    @Autowired
    public MessageLogRetention(MessageLogRepository repository, JdbcMessageLog messageLog,
                               PlatformTransactionManager transactions, AuditProperties props, Clock clock) {
        this(repository, messageLog, transactions, props.retention(), clock, DEFAULT_BATCH);
    }

    MessageLogRetention(MessageLogRepository repository, JdbcMessageLog messageLog,
                        PlatformTransactionManager transactions, Duration retention, Clock clock, int batchSize) {
        this.repository = repository;
        this.messageLog = messageLog;
        this.requiresNew = new TransactionTemplate(transactions);
        this.requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.retention = retention;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /** Deletes the records older than the retention (the timer route calls this daily). */
    public Purge purgeExpired() {
        return purgeBefore(clock.instant().minus(retention));
    }

    /** Deletes the records recorded before {@code horizon}, in steps of at most the batch size. */
    public Purge purgeBefore(Instant horizon) {
        long total = 0;
        int deleted;
        do {
            deleted = messageLog.underChainLock(() -> requiresNew.execute(tx -> step(horizon)));
            total += deleted;
        } while (deleted == batchSize);
        Head head = repository.head();
        Purge purge = new Purge(horizon, total, head.anchorSequence(), head.purgedCount());
        if (total > 0) {
            log.info("Message log: purged {} record(s) recorded before {}; the chain now starts at {}", total, horizon,
                    head.anchorSequence());
        }
        return purge;
    }

    private int step(Instant horizon) {
        Head head = repository.lockHead();
        long lastToDelete = repository.firstSequenceFrom(horizon).map(kept -> kept - 1).orElse(head.lastSequence());
        lastToDelete = Math.min(lastToDelete, head.anchorSequence() + batchSize - 1);
        if (lastToDelete < head.anchorSequence()) {
            return 0;
        }
        ChainWalker walker = new ChainWalker(head.anchorSequence(), head.anchorHash());
        repository.eachBetween(head.anchorSequence(), lastToDelete, walker::accept);
        StoredMessage last = walker.last();
        if (!walker.isBroken() && (last == null || last.sequence() != lastToDelete)) {
            long missing = last == null ? head.anchorSequence() : last.sequence() + 1;
            walker.fail(missing, Verification.Reason.MISSING, "Record " + missing + " is missing");
        }
        if (!walker.isBroken()) {
            Optional<StoredMessage> next = repository.find(lastToDelete + 1);
            boolean linked = next.map(n -> n.prevHash().equals(last.recordHash()))
                    .orElse(lastToDelete == head.lastSequence() && head.lastHash().equals(last.recordHash()));
            if (!linked) {
                walker.fail(lastToDelete + 1, Verification.Reason.BROKEN_LINK, "Record " + (lastToDelete + 1)
                        + " does not link to record " + lastToDelete + " (or is missing)");
            }
        }
        if (walker.isBroken()) {
            Verification v = walker.result();
            throw new IllegalStateException("Message log purge refused: the records to delete are not intact ("
                    + v.reason() + " at " + v.firstBrokenSequence() + ": " + v.detail()
                    + "); investigate before anything is deleted");
        }
        int deleted = repository.deleteThrough(lastToDelete);
        repository.moveAnchor(lastToDelete + 1, last.recordHash(), horizon, head.purgedCount() + deleted);
        return deleted;
    }

    /**
     * What a purge did: the horizon, how many records it deleted, where the chain now starts and how
     * many records were purged in all.
     */
    public record Purge(Instant purgedBefore, long purged, long anchorSequence, long purgedInAll) {
    }
}
