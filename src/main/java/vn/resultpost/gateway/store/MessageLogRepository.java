package vn.resultpost.gateway.store;

import static vn.resultpost.gateway.store.MessageLogRows.COLUMNS;
import static vn.resultpost.gateway.store.ShipmentRepository.ts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Persistence of the audit message log: the append-only records and the one-row chain head
 * ({@code message_log_head}) that serialises appends and holds the retention anchor. The chain rules
 * themselves (hashes, verification) live in the {@code audit} package.
 */
@Repository
public class MessageLogRepository {

    private static final String HEAD = "select last_seq, last_hash, last_recorded_at, anchor_seq, anchor_hash, "
            + "purged_before, purged_count from message_log_head where id = 1";
    private static final int PAGE = 500;

    private final JdbcClient jdbc;

    public MessageLogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Reads and row-locks the chain head: appends and purges are serialised on it until the transaction ends. */
    public Head lockHead() {
        return jdbc.sql(HEAD + " for update").query(MessageLogRows::head).single();
    }

    /** Reads the chain head without locking it. */
    public Head head() {
        return jdbc.sql(HEAD).query(MessageLogRows::head).single();
    }

    public void insert(StoredMessage m) {
        jdbc.sql("insert into message_log (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(MessageLogRows.values(m)).update();
    }

    /** Moves the head on to the record just appended (call with the head locked). */
    public void advanceHead(long sequence, String hash, Instant recordedAt) {
        jdbc.sql("update message_log_head set last_seq = ?, last_hash = ?, last_recorded_at = ? where id = 1")
                .params(sequence, hash, ts(recordedAt)).update();
    }

    /** Moves the retention anchor after a purge (call with the head locked). */
    public void moveAnchor(long anchorSequence, String anchorHash, Instant purgedBefore, long purgedCount) {
        jdbc.sql("update message_log_head set anchor_seq = ?, anchor_hash = ?, purged_before = ?, purged_count = ? "
                        + "where id = 1")
                .params(anchorSequence, anchorHash, ts(purgedBefore), purgedCount).update();
    }

    /**
     * Streams the records recorded in [from, to) (either bound may be null), in sequence order, a page at a
     * time (keyset pagination on the sequence, so memory stays bounded however long the range).
     */
    public void each(Instant from, Instant to, Consumer<StoredMessage> sink) {
        long after = Long.MIN_VALUE;
        while (true) {
            List<Object> params = new ArrayList<>();
            String where = MessageLogRows.range(from, to, params);
            params.add(after);
            List<StoredMessage> page = jdbc.sql("select " + COLUMNS + " from message_log"
                            + (where.isEmpty() ? " where" : where + " and") + " seq > ? order by seq"
                            + " fetch first " + PAGE + " rows only")
                    .params(params).query(MessageLogRows::message).list();
            page.forEach(sink);
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).sequence();
        }
    }

    /** Streams the records with first &lt;= seq &lt;= last, in sequence order, a page at a time. */
    public void eachBetween(long first, long last, Consumer<StoredMessage> sink) {
        long next = first;
        while (next <= last) {
            List<StoredMessage> page = jdbc.sql("select " + COLUMNS + " from message_log where seq >= ? and seq <= ? "
                            + "order by seq fetch first " + PAGE + " rows only")
                    .params(next, last).query(MessageLogRows::message).list();
            page.forEach(sink);
            if (page.size() < PAGE) {
                return;
            }
            next = page.get(page.size() - 1).sequence() + 1;
        }
    }

    /** How many records were recorded in [from, to). */
    public long count(Instant from, Instant to) {
        List<Object> params = new ArrayList<>();
        return jdbc.sql("select count(*) from message_log" + MessageLogRows.range(from, to, params)).params(params)
                .query(Long.class).single();
    }

    public Optional<StoredMessage> find(long sequence) {
        return jdbc.sql("select " + COLUMNS + " from message_log where seq = ?").param(sequence)
                .query(MessageLogRows::message).optional();
    }

    /** The record with the highest sequence below {@code sequence}. */
    public Optional<StoredMessage> lastBefore(long sequence) {
        return jdbc.sql("select " + COLUMNS + " from message_log where seq = (select max(seq) from message_log "
                        + "where seq < ?)").param(sequence).query(MessageLogRows::message).optional();
    }

    /** The record with the lowest sequence above {@code sequence}. */
    public Optional<StoredMessage> firstAfter(long sequence) {
        return jdbc.sql("select " + COLUMNS + " from message_log where seq = (select min(seq) from message_log "
                        + "where seq > ?)").param(sequence).query(MessageLogRows::message).optional();
    }

    /** The lowest sequence recorded at or after {@code instant}, if any. */
    public Optional<Long> firstSequenceFrom(Instant instant) {
        return jdbc.sql("select min(seq) from message_log where recorded_at >= ?")
                .param(ts(instant)).query(Long.class).optional();
    }

    /** Deletes every record up to and including {@code sequence} (retention purge). */
    public int deleteThrough(long sequence) {
        return jdbc.sql("delete from message_log where seq <= ?").param(sequence).update();
    }

    /** One stored record of the message log, exactly as in its row. */
    public record StoredMessage(long sequence, Instant recordedAt, String direction, String party, String agencyCode,
                                String dossierCode, String waybill, String bodyMode, String body, String bodyHash,
                                String prevHash, String recordHash) {
    }

    /**
     * The chain head: the last record appended and the retention anchor (the first retained sequence
     * and the prev_hash it must carry).
     */
    public record Head(long lastSequence, String lastHash, Instant lastRecordedAt, long anchorSequence,
                       String anchorHash, Instant purgedBefore, long purgedCount) {
    }
}
