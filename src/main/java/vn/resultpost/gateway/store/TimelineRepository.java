package vn.resultpost.gateway.store;

import static vn.resultpost.gateway.store.ShipmentRepository.instant;
import static vn.resultpost.gateway.store.ShipmentRepository.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.resultpost.gateway.canonical.ReportState;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.canonical.TimelineEntry;

/** Persistence of each shipment's timeline: applied status changes and their report to the dossier system. */
@Repository
public class TimelineRepository {

    private static final String COLUMNS = "id, shipment_id, seq, status, operator_status_code, description, "
            + "occurred_at, recorded_at, report_state, reported_at";

    private final JdbcClient jdbc;
    private final GroupCommit groupCommit;

    public TimelineRepository(JdbcClient jdbc, GroupCommit groupCommit) {
        this.jdbc = jdbc;
        this.groupCommit = groupCommit;
    }

    /** Appends an entry after the last one; call with the shipment row locked. Returns the entry's id. */
    public long append(String shipmentId, ShipmentStatus status, String operatorStatusCode, String description,
                       Instant occurredAt, Instant now) {
        int seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from shipment_event where shipment_id = ?")
                .param(shipmentId).query(Integer.class).single();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into shipment_event (shipment_id, seq, status, operator_status_code, description, "
                        + "occurred_at, recorded_at, report_state) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(shipmentId, seq, status.name(), operatorStatusCode, truncate(description),
                        ts(occurredAt), ts(now), ReportState.PENDING.name())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<TimelineEntry> list(String shipmentId) {
        return jdbc.sql("select " + COLUMNS + " from shipment_event where shipment_id = ? order by seq")
                .param(shipmentId).query((rs, n) -> entry(rs)).list();
    }

    /** The entries of a shipment not yet reported to the dossier system, in order. */
    public List<StoredEntry> pending(String shipmentId) {
        return jdbc.sql("select " + COLUMNS + " from shipment_event where shipment_id = ? and report_state <> ? "
                        + "order by seq")
                .params(shipmentId, ReportState.REPORTED.name())
                .query((rs, n) -> new StoredEntry(rs.getLong("id"), rs.getString("shipment_id"), entry(rs)))
                .list();
    }

    /**
     * Marks an entry reported, committed (with other callers' one-row writes: {@link GroupCommit}) before this
     * returns; call it outside a database transaction.
     */
    public void markReported(long eventId, Instant at) {
        groupCommit.run(() -> jdbc.sql("update shipment_event set report_state = ?, reported_at = ?, "
                        + "report_error = null, report_attempts = report_attempts + 1 where id = ?")
                .params(ReportState.REPORTED.name(), ts(at), eventId).update());
    }

    public void markReportFailed(long eventId, String error) {
        jdbc.sql("update shipment_event set report_attempts = report_attempts + 1, report_error = ? where id = ?")
                .params(truncate(error), eventId).update();
    }

    private static TimelineEntry entry(ResultSet rs) throws SQLException {
        return new TimelineEntry(rs.getInt("seq"), ShipmentStatus.valueOf(rs.getString("status")),
                rs.getString("operator_status_code"), rs.getString("description"),
                instant(rs, "occurred_at"), instant(rs, "recorded_at"),
                ReportState.valueOf(rs.getString("report_state")), instant(rs, "reported_at"));
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 500 ? s : s.substring(0, 500);
    }

    /** A timeline entry with its row id and shipment id. */
    public record StoredEntry(long id, String shipmentId, TimelineEntry entry) {
    }
}
