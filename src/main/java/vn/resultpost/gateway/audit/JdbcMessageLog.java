package vn.resultpost.gateway.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.resultpost.gateway.store.MessageLogRepository;
import vn.resultpost.gateway.store.MessageLogRepository.Head;
import vn.resultpost.gateway.store.MessageLogRepository.StoredMessage;

/**
 * The message log in the gateway's database. Each record is appended in a transaction of its own
 * (REQUIRES_NEW), serialised on the chain head: the head row is locked ({@code SELECT ... FOR UPDATE}),
 * the record takes the next sequence and the head's hash as its prev_hash, and the head moves on. Within
 * one JVM appenders also queue on a fair lock first, so they never wait on the database lock (which
 * still serialises several gateway instances sharing a database).
 *
 * <p>The body is masked or encrypted before the lock is taken; recorded_at is read under the lock and
 * never goes back (a clock step backwards repeats the last time), so sequence order is time order.
 */
@Component("messageLog")
public class JdbcMessageLog implements MessageLog {

    static final int PARTY_MAX = 100;
    static final int CODE_MAX = 64;

    private final MessageLogRepository repository;
    private final TransactionTemplate requiresNew;
    private final BodyProtection protection;
    private final Clock clock;
    private final ReentrantLock chainLock = new ReentrantLock(true);

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
        String who = cut(party == null || party.isBlank() ? "unknown" : party.strip(), PARTY_MAX);
        String agency = cut(c.agencyCode(), CODE_MAX);
        String dossier = cut(c.dossierCode(), CODE_MAX);
        String waybill = cut(c.waybill(), CODE_MAX);
        String mode = protection.mode().name();
        String stored = protection.protect(body);
        String bodyHash = ChainHash.bodyHash(stored);
        underChainLock(() -> requiresNew.execute(tx -> {
            Head head = repository.lockHead();
            long sequence = head.lastSequence() + 1;
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            Instant at = head.lastRecordedAt() != null && now.isBefore(head.lastRecordedAt())
                    ? head.lastRecordedAt() : now;
            String hash = ChainHash.recordHash(sequence, head.lastHash(), at, direction.name(), who, agency, dossier,
                    waybill, mode, bodyHash);
            repository.insert(new StoredMessage(sequence, at, direction.name(), who, agency, dossier, waybill, mode,
                    stored, bodyHash, head.lastHash(), hash));
            repository.advanceHead(sequence, hash, at);
            return sequence;
        }));
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

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
