package vn.resultpost.gateway.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.resultpost.gateway.store.BatchingQueue;
import vn.resultpost.gateway.store.MessageLogRepository;
import vn.resultpost.gateway.store.MessageLogRepository.Head;
import vn.resultpost.gateway.store.MessageLogRepository.StoredMessage;

/**
 * The message log in the gateway's database, appended with a group commit. A caller queues its record,
 * then waits for this JVM's chain lock; whoever holds it appends every record queued so far (up to
 * {@value #MAX_BATCH}) in one transaction of its own (REQUIRES_NEW) and wakes their callers, so under load
 * one commit carries many records while each caller still returns only once its record is committed.
 * The transaction locks the chain head row ({@code SELECT ... FOR UPDATE}, which serialises several
 * gateway instances sharing a database); each record takes the next sequence and the previous hash, and
 * the head moves on once per batch.
 *
 * <p>The body is masked or encrypted before the record is queued; recorded_at is read under the lock and
 * never goes back (a clock step backwards repeats the last time), so sequence order is time order.
 */
@Component("messageLog")
public class JdbcMessageLog implements MessageLog {

    static final int PARTY_MAX = 100;
    static final int CODE_MAX = 64;
    static final int MAX_BATCH = 500;

    private final MessageLogRepository repository;
    private final TransactionTemplate requiresNew;
    private final BodyProtection protection;
    private final Clock clock;
    private final ReentrantLock chainLock = new ReentrantLock(true);
    private final BatchingQueue<Pending> queued = new BatchingQueue<>(chainLock, MAX_BATCH, this::appendBatch);

    public JdbcMessageLog(MessageLogRepository repository, PlatformTransactionManager transactions,
                          BodyProtection protection, Clock clock) {
        this.repository = repository;
        this.requiresNew = new TransactionTemplate(transactions);
        this.requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.protection = protection;
        this.clock = clock;
    }

    @Override
    public void record(Direction direction, String party, Correlation correlation, String body) {
        Objects.requireNonNull(direction, "direction");
        Correlation c = correlation == null ? Correlation.NONE : correlation;
        String stored = protection.protect(body);
        queued.submit(new Pending(direction.name(),
                cut(party == null || party.isBlank() ? "unknown" : party.strip(), PARTY_MAX),
                cut(c.agencyCode(), CODE_MAX), cut(c.dossierCode(), CODE_MAX), cut(c.waybill(), CODE_MAX),
                protection.mode().name(), stored, ChainHash.bodyHash(stored)));
    }

    /** Appends a batch of records in one transaction and tells their callers (runs under the chain lock). */
    private void appendBatch(List<BatchingQueue.Entry<Pending>> batch) {
        try {
            requiresNew.executeWithoutResult(tx -> {
                Head head = repository.lockHead();
                long sequence = head.lastSequence();
                String prev = head.lastHash();
                Instant last = head.lastRecordedAt();
                for (BatchingQueue.Entry<Pending> entry : batch) {
                    Pending p = entry.item();
                    sequence++;
                    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
                    Instant at = last != null && now.isBefore(last) ? last : now;
                    String hash = ChainHash.recordHash(sequence, prev, at, p.direction(), p.party(), p.agency(),
                            p.dossier(), p.waybill(), p.mode(), p.bodyHash());
                    repository.insert(new StoredMessage(sequence, at, p.direction(), p.party(), p.agency(),
                            p.dossier(), p.waybill(), p.mode(), p.stored(), p.bodyHash(), prev, hash));
                    prev = hash;
                    last = at;
                }
                repository.advanceHead(sequence, prev, last);
            });
            batch.forEach(BatchingQueue.Entry::committed);
        } catch (RuntimeException e) {
            batch.forEach(entry -> entry.failed(e));
        }
    }

    /** Runs a change of the chain (an append, a purge step) with this JVM's appenders held back. */
    <T> T underChainLock(Supplier<T> change) {
        chainLock.lock();
        try {
            return change.get();
        } finally {
            chainLock.unlock();
        }
    }

    /** How many records wait for their batch (for tests and diagnostics). */
    int queuedRecords() {
        return queued.size();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /** A record waiting for its batch. */
    private record Pending(String direction, String party, String agency, String dossier, String waybill,
                           String mode, String stored, String bodyHash) {
    }
}
