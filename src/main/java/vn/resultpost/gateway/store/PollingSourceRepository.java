package vn.resultpost.gateway.store;

import static vn.resultpost.gateway.store.ShipmentRepository.instant;
import static vn.resultpost.gateway.store.ShipmentRepository.ts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The polling channel's sources: each one's persisted cursor, schedule and last outcome. A poll claims its
 * source row with {@code FOR UPDATE SKIP LOCKED} and moves {@code next_poll_at} forward by a lease, so several
 * instances never poll one source at the same time; each page's cursor moves in the transaction of its intake.
 */
@Repository
public class PollingSourceRepository {

    static final int ERROR_MAX = 1000;

    private final JdbcClient jdbc;

    public PollingSourceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the source's row, due at {@code now}, unless it exists (call outside a transaction). */
    public void register(String name, Instant now) {
        try {
            jdbc.sql("insert into polling_source (name, next_poll_at) select ?, ? "
                    + "where not exists (select 1 from polling_source where name = ?)")
                    .params(name, ts(now), name).update();
        } catch (DuplicateKeyException raced) {
            // another instance registered it at the same moment
        }
    }

    /**
     * Claims the source when it is due and no other instance holds it, moving its next poll to
     * {@code leaseUntil}; empty otherwise. Call inside a transaction.
     */
    public Optional<Claim> claim(String name, Instant now, Instant leaseUntil) {
        Optional<Claim> due = jdbc.sql("select poll_cursor from polling_source where name = ? and next_poll_at <= ? "
                        + "for update skip locked")
                .params(name, ts(now)).query((rs, n) -> new Claim(name, rs.getString("poll_cursor"))).optional();
        due.ifPresent(c -> jdbc.sql("update polling_source set next_poll_at = ? where name = ?")
                .params(ts(leaseUntil), name).update());
        return due;
    }

    /** Locks the source row until the end of the caller's transaction and answers its cursor now. */
    public Claim lock(String name) {
        return jdbc.sql("select poll_cursor from polling_source where name = ? for update").param(name)
                .query((rs, n) -> new Claim(name, rs.getString("poll_cursor"))).single();
    }

    /** After a page: the new cursor and the page's counts (call in the page's transaction). */
    public void advance(String name, String cursor, int accepted, int rejected) {
        jdbc.sql("update polling_source set poll_cursor = ?, items_accepted = items_accepted + ?, "
                        + "items_rejected = items_rejected + ?, pages_taken = pages_taken + 1 where name = ?")
                .params(cursor, accepted, rejected, name).update();
    }

    /** The end of a poll: its outcome, the error (null when it went well) and when to poll next. */
    public void finished(String name, Instant now, Instant next, String outcome, String error) {
        jdbc.sql("update polling_source set next_poll_at = ?, last_poll_at = ?, last_outcome = ?, last_error = ?, "
                        + "last_success_at = case when ? then ? else last_success_at end where name = ?")
                .params(ts(next), ts(now), outcome, cut(error), error == null, ts(now), name).update();
    }

    /** Every source's state, by name. */
    public List<SourceState> list() {
        return jdbc.sql("select * from polling_source order by name").query((rs, n) -> new SourceState(
                rs.getString("name"), rs.getString("poll_cursor"), instant(rs, "next_poll_at"),
                instant(rs, "last_poll_at"), instant(rs, "last_success_at"), rs.getString("last_outcome"),
                rs.getString("last_error"), rs.getLong("items_accepted"), rs.getLong("items_rejected"),
                rs.getLong("pages_taken"))).list();
    }

    private static String cut(String s) {
        return s == null || s.length() <= ERROR_MAX ? s : s.substring(0, ERROR_MAX - 1) + "…";
    }

    /** A claimed source and its cursor (null before the first item). */
    public record Claim(String name, String cursor) {
    }

    /** A source as stored: cursor, schedule, last outcome and counts. */
    public record SourceState(String name, String cursor, Instant nextPollAt, Instant lastPollAt,
                              Instant lastSuccessAt, String lastOutcome, String lastError, long itemsAccepted,
                              long itemsRejected, long pagesTaken) {
    }
}
