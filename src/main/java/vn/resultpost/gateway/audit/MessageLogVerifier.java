package vn.resultpost.gateway.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.resultpost.gateway.audit.Verification.Reason;
import vn.resultpost.gateway.store.MessageLogRepository;
import vn.resultpost.gateway.store.MessageLogRepository.Head;
import vn.resultpost.gateway.store.MessageLogRepository.StoredMessage;

/**
 * Verifies the message-log chain, whole or for a time range, and exports a range with its hashes.
 *
 * <p>The records of the range are walked in sequence order: each one's body_hash and record_hash are
 * recomputed, its prev_hash must be the previous record's hash, and no sequence may be skipped. The first
 * record of the range links to the record before it (or, at the start of the retained chain, to the
 * retention anchor kept in the head); the last links to the record after it (or must be the head). So an
 * edited record, a deleted one anywhere (first and last included) and a re-hashed one are all found.
 */
@Component
public class MessageLogVerifier {

    private final MessageLogRepository repository;
    private final TransactionTemplate readOnly;

    public MessageLogVerifier(MessageLogRepository repository, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Verifies the records recorded in [from, to); null bounds mean the whole retained chain. A break is
     * confirmed by a second walk, so a retention purge running at the same moment is not taken for a gap.
     */
    public Verification verify(Instant from, Instant to) {
        Verification first = readOnly.execute(tx -> walk(from, to));
        return first.valid() ? first : readOnly.execute(tx -> walk(from, to));
    }

    /** The records of [from, to), as stored, with the retention anchor. */
    public Export export(Instant from, Instant to) {
        return readOnly.execute(tx -> {
            Head head = repository.head();
            List<StoredMessage> records = new ArrayList<>();
            repository.each(from, to, records::add);
            return new Export(head.anchorSequence(), head.anchorHash(), head.lastSequence(), records);
        });
    }

    public long count(Instant from, Instant to) {
        return repository.count(from, to);
    }

    private Verification walk(Instant from, Instant to) {
        // The head is read first: every record it counts was committed before the records are read.
        Head head = repository.head();
        Walk walk = new Walk(head);
        repository.each(from, to, walk::accept);
        if (walk.walker == null) {
            boolean whole = from == null && to == null;
            return whole && head.lastSequence() >= head.anchorSequence()
                    ? Verification.broken(0, head.anchorSequence(), Reason.MISSING, "No record is left of "
                            + head.anchorSequence() + ".." + head.lastSequence())
                    : Verification.intact(0);
        }
        if (!walk.walker.isBroken()) {
            checkSuccessor(walk.walker, head);
        }
        return walk.walker.result();
    }

    /** The walk of one range: starts at its first record, linked to its predecessor or to the anchor. */
    private final class Walk {

        private final Head head;
        private ChainWalker walker;

        Walk(Head head) {
            this.head = head;
        }

        void accept(StoredMessage m) {
            if (walker == null) {
                walker = start(m, head);
            }
            walker.accept(m);
        }
    }

    private ChainWalker start(StoredMessage first, Head head) {
        if (first.sequence() == head.anchorSequence()) {
            return new ChainWalker(first.sequence(), head.anchorHash());
        }
        if (first.sequence() < head.anchorSequence()) {
            ChainWalker w = new ChainWalker(first.sequence(), head.anchorHash());
            w.fail(first.sequence(), Reason.BROKEN_LINK, "Record " + first.sequence()
                    + " lies before the retention anchor " + head.anchorSequence());
            return w;
        }
        Optional<StoredMessage> before = repository.lastBefore(first.sequence());
        if (before.isPresent() && before.get().sequence() == first.sequence() - 1) {
            return new ChainWalker(first.sequence(), before.get().recordHash());
        }
        long missing = before.map(b -> b.sequence() + 1).orElse(head.anchorSequence());
        ChainWalker w = new ChainWalker(first.sequence(), null);
        w.fail(missing, Reason.MISSING, "Record " + missing + " is missing (the next one present is "
                + first.sequence() + ")");
        return w;
    }

    private void checkSuccessor(ChainWalker walker, Head head) {
        StoredMessage last = walker.last();
        Optional<StoredMessage> next = repository.firstAfter(last.sequence());
        if (next.isPresent()) {
            if (next.get().sequence() != last.sequence() + 1) {
                walker.fail(last.sequence() + 1, Reason.MISSING, "Record " + (last.sequence() + 1)
                        + " is missing (the next one present is " + next.get().sequence() + ")");
            } else if (!next.get().prevHash().equals(last.recordHash())) {
                walker.fail(next.get().sequence(), Reason.BROKEN_LINK, "Record " + next.get().sequence()
                        + "'s prev_hash is not the hash of record " + last.sequence());
            }
        } else if (last.sequence() < head.lastSequence()) {
            walker.fail(last.sequence() + 1, Reason.MISSING, "Records " + (last.sequence() + 1) + ".."
                    + head.lastSequence() + " are missing (the head is at " + head.lastSequence() + ")");
        } else if (last.sequence() == head.lastSequence() && !last.recordHash().equals(head.lastHash())) {
            walker.fail(last.sequence(), Reason.BROKEN_LINK, "Record " + last.sequence()
                    + "'s hash is not the one the chain head holds (it was changed and re-hashed)");
        }
    }

    /**
     * A range of the log as stored, with the retention anchor (the first retained sequence and the
     * prev_hash it carries) and the head's last sequence at the time of the export.
     */
    public record Export(long anchorSequence, String anchorHash, long headSequence, List<StoredMessage> records) {
    }
}
