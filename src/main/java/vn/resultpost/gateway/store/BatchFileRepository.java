package vn.resultpost.gateway.store;

import static vn.resultpost.gateway.store.ShipmentRepository.instant;
import static vn.resultpost.gateway.store.ShipmentRepository.ts;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The batch channel's ledger: one {@code batch_file} row per file content (SHA-256, unique), claimed by one
 * gateway instance at a time with a lease (row lock {@code FOR UPDATE} while deciding), and one
 * {@code batch_row} per row with its outcome, written in the row's own intake transaction.
 */
@Repository
public class BatchFileRepository {

    public static final String IN_PROGRESS = "IN_PROGRESS";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";

    private final JdbcClient jdbc;

    public BatchFileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The file with that content, locked until the caller's transaction ends. */
    public Optional<BatchFile> lock(String contentHash) {
        return jdbc.sql("select id, file_name, archived_name, state, claimed_by, claimed_until, finished_at "
                        + "from batch_file where content_hash = ? for update")
                .param(contentHash)
                .query((rs, n) -> new BatchFile(rs.getLong("id"), rs.getString("file_name"),
                        rs.getString("archived_name"), rs.getString("state"), rs.getString("claimed_by"),
                        instant(rs, "claimed_until"), instant(rs, "finished_at")))
                .optional();
    }

    /** Records a new file IN_PROGRESS, claimed; a concurrent insert of the same content fails (unique key). */
    public long insert(String contentHash, String fileName, String archivedName, String format, String instance,
                       Instant now, Instant leaseUntil) {
        jdbc.sql("insert into batch_file (content_hash, file_name, archived_name, state, format, claimed_by, "
                        + "claimed_until, received_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(contentHash, fileName, archivedName, IN_PROGRESS, format, instance, ts(leaseUntil), ts(now))
                .update();
        return lock(contentHash).orElseThrow().id();
    }

    /** Claims a file for {@code instance} (taking it over, or taking up again one refused before under a new name). */
    public void claim(long id, String fileName, String archivedName, String instance, Instant leaseUntil) {
        jdbc.sql("update batch_file set state = ?, file_name = ?, archived_name = ?, claimed_by = ?, "
                        + "claimed_until = ?, reason = null, finished_at = null where id = ?")
                .params(IN_PROGRESS, fileName, archivedName, instance, ts(leaseUntil), id).update();
    }

    /** Extends this instance's lease; false when another instance has taken the file over meanwhile. */
    public boolean renew(long id, String instance, Instant leaseUntil) {
        return jdbc.sql("update batch_file set claimed_until = ? where id = ? and claimed_by = ? and state = ?")
                .params(ts(leaseUntil), id, instance, IN_PROGRESS).update() == 1;
    }

    /** The numbers of the rows that already have their outcome. */
    public Set<Integer> rowsDone(long fileId) {
        return new HashSet<>(jdbc.sql("select row_number from batch_row where file_id = ?").param(fileId)
                .query(Integer.class).list());
    }

    /** Records a row's outcome; call in the transaction of the row's intake (a second outcome fails: primary key). */
    public void recordRow(long fileId, int row, String agencyCode, String dossierCode, String outcome,
                          String shipmentId, String problemType, String reason, Instant now) {
        jdbc.sql("insert into batch_row (file_id, row_number, agency_code, dossier_code, outcome, shipment_id, "
                        + "problem_type, reason, processed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(fileId, row, cut(agencyCode, 64), cut(dossierCode, 64), outcome, shipmentId, problemType,
                        cut(reason, 4000), ts(now))
                .update();
    }

    /** Ends the file DONE or FAILED with its counts, releasing the claim. */
    public void finish(long id, String state, Integer totalRows, String reason, Instant now) {
        String count = "(select count(*) from batch_row where file_id = ? and outcome = ?)";
        jdbc.sql("update batch_file set state = ?, total_rows = ?, reason = ?, finished_at = ?, claimed_by = null, "
                        + "claimed_until = null, accepted = " + count + ", existing = " + count + ", rejected = "
                        + count + " where id = ?")
                .params(state, totalRows, cut(reason, 2000), ts(now), id, "ACCEPTED", id, "EXISTING", id, "REJECTED", id)
                .update();
    }

    /** Every row's outcome, in row order. */
    public List<RowOutcome> rows(long fileId) {
        return jdbc.sql("select row_number, agency_code, dossier_code, outcome, shipment_id, problem_type, reason "
                        + "from batch_row where file_id = ? order by row_number")
                .param(fileId)
                .query((rs, n) -> new RowOutcome(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** A file of the ledger. */
    public record BatchFile(long id, String fileName, String archivedName, String state, String claimedBy,
                            Instant claimedUntil, Instant finishedAt) {
    }

    /** A row's outcome: ACCEPTED, EXISTING or REJECTED, with the shipment or the problem's type and reason. */
    public record RowOutcome(int row, String agencyCode, String dossierCode, String outcome, String shipmentId,
                             String problemType, String reason) {
    }
}
