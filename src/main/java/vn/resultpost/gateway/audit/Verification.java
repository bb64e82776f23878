package vn.resultpost.gateway.audit;

/**
 * The outcome of verifying the message-log chain (or a time range of it).
 *
 * @param valid               true when every record checked is intact and linked, and none is missing
 * @param checked             records found intact before the first break (all of them when valid)
 * @param firstBrokenSequence the first sequence where the chain breaks, null when valid
 * @param reason              why it breaks there, null when valid
 * @param detail              the same in words, null when valid
 */
public record Verification(boolean valid, long checked, Long firstBrokenSequence, Reason reason, String detail) {

    /** Why the chain breaks. */
    public enum Reason {
        /** The record's stored content no longer matches its body_hash or record_hash. */
        EDITED,
        /** A sequence number is absent: the record was deleted. */
        MISSING,
        /** The record's prev_hash is not the hash of the record before it (or the head does not match). */
        BROKEN_LINK
    }

    public static Verification intact(long checked) {
        return new Verification(true, checked, null, null, null);
    }

    public static Verification broken(long checked, long sequence, Reason reason, String detail) {
        return new Verification(false, checked, sequence, reason, detail);
    }
}
