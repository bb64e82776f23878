package vn.resultpost.gateway.audit;

import vn.resultpost.gateway.audit.Verification.Reason;
import vn.resultpost.gateway.store.MessageLogRepository.StoredMessage;

/**
 * Walks records in sequence order from a known starting point (the sequence expected first and the
 * prev_hash it must carry): recomputes each record's hashes, checks the link to the one before and that
 * no sequence is skipped. Stops at the first break.
 */
final class ChainWalker {

    private long expectedSequence;
    private String expectedPrevHash;
    private long checked;
    private StoredMessage last;
    private Verification broken;

    ChainWalker(long expectedSequence, String expectedPrevHash) {
        this.expectedSequence = expectedSequence;
        this.expectedPrevHash = expectedPrevHash;
    }

    /** Checks the next record; false once the chain is broken (further records are ignored). */
    boolean accept(StoredMessage m) {
        if (broken != null) {
            return false;
        }
        if (m.sequence() != expectedSequence) {
            broken = m.sequence() > expectedSequence
                    ? Verification.broken(checked, expectedSequence, Reason.MISSING, "Record " + expectedSequence
                            + " is missing (the next one present is " + m.sequence() + ")")
                    : Verification.broken(checked, m.sequence(), Reason.BROKEN_LINK, "Record " + m.sequence()
                            + " is out of sequence (expected " + expectedSequence + ")");
            return false;
        }
        if (!ChainHash.bodyHash(m.body()).equals(m.bodyHash())) {
            broken = Verification.broken(checked, m.sequence(), Reason.EDITED, "Record " + m.sequence()
                    + " was edited: its body does not match its body_hash");
            return false;
        }
        if (!ChainHash.recordHash(m).equals(m.recordHash())) {
            broken = Verification.broken(checked, m.sequence(), Reason.EDITED, "Record " + m.sequence()
                    + " was edited: its fields do not match its record_hash");
            return false;
        }
        if (!m.prevHash().equals(expectedPrevHash)) {
            broken = Verification.broken(checked, m.sequence(), Reason.BROKEN_LINK, "Record " + m.sequence()
                    + "'s prev_hash is not the hash of record " + (m.sequence() - 1)
                    + " (that record was changed and re-hashed, or this one replaced)");
            return false;
        }
        checked++;
        expectedSequence++;
        expectedPrevHash = m.recordHash();
        last = m;
        return true;
    }

    /** Fails the walk from outside (a check after the last record). */
    void fail(long sequence, Reason reason, String detail) {
        if (broken == null) {
            broken = Verification.broken(checked, sequence, reason, detail);
        }
    }

    boolean isBroken() {
        return broken != null;
    }

    /** The last intact record, null when none. */
    StoredMessage last() {
        return last;
    }

    Verification result() {
        return broken != null ? broken : Verification.intact(checked);
    }
}
