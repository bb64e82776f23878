package vn.resultpost.gateway.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.store.GroupCommit;
import vn.resultpost.gateway.store.MessageLogRepository;
import vn.resultpost.gateway.store.MessageLogRepository.Head;
import vn.resultpost.gateway.store.MessageLogRepository.StoredMessage;

/**
 * The message log in the gateway's database, appended through the gateway's {@link GroupCommit}: a caller's
 * record goes out in the next commit with every other small write waiting at that moment (other records, webhook
 * replay keys, report marks), in one transaction of its own (REQUIRES_NEW), and the caller returns only once it is
 * committed. Each record locks the chain head row ({@code SELECT ... FOR UPDATE}, which serialises several gateway
 * instances sharing a database), takes the next sequence and the previous hash, and moves the head on.
 *
 * <p>The body is masked or encrypted before the record is queued; recorded_at is read under the group commit's
 * lock and never goes back (a clock step backwards repeats the last time), so sequence order is time order.
 */
@Component("messageLog")
public class JdbcMessageLog implements MessageLog {

    static final int PARTY_MAX = 100;
    static final int CODE_MAX = 64;

    private final MessageLogRepository repository;
    private final GroupCommit groupCommit;
    private final BodyProtection protection;
    private final Clock clock;

    public JdbcMessageLog(MessageLogRepository repository, GroupCommit groupCommit, BodyProtection protection,
                          Clock clock) {
        this.repository = repository;
        this.groupCommit = groupCommit;
        this.protection = protection;
        this.clock = clock;
    }

    @Override
    public void record(Direction direction, String party, Correlation correlation, String body) {
        Objects.requireNonNull(direction, "direction");
        Correlation c = correlation == null ? Correlation.NONE : correlation;
        String stored = protection.protect(body);
        Pending p = new Pending(direction.name(),
                cut(party == null || party.isBlank() ? "unknown" : party.strip(), PARTY_MAX),
                cut(c.agencyCode(), CODE_MAX), cut(c.dossierCode(), CODE_MAX), cut(c.waybill(), CODE_MAX),
                protection.mode().name(), stored, ChainHash.bodyHash(stored));
        groupCommit.run(() -> append(p));
    }

    /** Appends one record at the head of the chain (in the group commit's transaction, under its lock). */
    private void append(Pending p) {
        Head head = repository.lockHead();
        long sequence = head.lastSequence() + 1;
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant last = head.lastRecordedAt();
        Instant at = last != null && now.isBefore(last) ? last : now;
        String hash = ChainHash.recordHash(sequence, head.lastHash(), at, p.direction(), p.party(), p.agency(),
                p.dossier(), p.waybill(), p.mode(), p.bodyHash());
        repository.insert(new StoredMessage(sequence, at, p.direction(), p.party(), p.agency(), p.dossier(),
                p.waybill(), p.mode(), p.stored(), p.bodyHash(), head.lastHash(), hash));
        repository.advanceHead(sequence, hash, at);
    }

    /** Runs a change of the chain (an append, a purge step) with this JVM's appenders held back. */
    <T> T underChainLock(Supplier<T> change) {
        return groupCommit.exclusive(change);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /** A record on its way to the chain. */
    private record Pending(String direction, String party, String agency, String dossier, String waybill,
                           String mode, String stored, String bodyHash) {
    }
}
