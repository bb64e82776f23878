package vn.resultpost.gateway.store;

import static vn.resultpost.gateway.store.ShipmentRepository.instant;
import static vn.resultpost.gateway.store.ShipmentRepository.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.resultpost.gateway.store.MessageLogRepository.Head;
import vn.resultpost.gateway.store.MessageLogRepository.StoredMessage;

/** The message log's rows: a record to and from its {@code message_log} row, the chain head's row, a time range. */
final class MessageLogRows {

    /** The columns of a {@code message_log} row, in the order of {@link #values}. */
    static final String COLUMNS = "seq, recorded_at, direction, party, agency_code, dossier_code, waybill, "
            + "body_mode, body, body_hash, prev_hash, record_hash";

    private MessageLogRows() {
    }

    /** The record's values for {@link #COLUMNS}. */
    static Object[] values(StoredMessage m) {
        return new Object[] {m.sequence(), ts(m.recordedAt()), m.direction(), m.party(), m.agencyCode(),
                m.dossierCode(), m.waybill(), m.bodyMode(), m.body(), m.bodyHash(), m.prevHash(), m.recordHash()};
    }

    static StoredMessage message(ResultSet rs, int row) throws SQLException {
        return new StoredMessage(rs.getLong("seq"), instant(rs, "recorded_at"), rs.getString("direction"),
                rs.getString("party"), rs.getString("agency_code"), rs.getString("dossier_code"),
                rs.getString("waybill"), rs.getString("body_mode"), rs.getString("body"), rs.getString("body_hash"),
                rs.getString("prev_hash"), rs.getString("record_hash"));
    }

    static Head head(ResultSet rs, int row) throws SQLException {
        return new Head(rs.getLong("last_seq"), rs.getString("last_hash"), instant(rs, "last_recorded_at"),
                rs.getLong("anchor_seq"), rs.getString("anchor_hash"), instant(rs, "purged_before"),
                rs.getLong("purged_count"));
    }

    /**
     * The where clause of the rows recorded in [from, to) (either bound may be null: empty when both are), its
     * parameters added to {@code params}.
     */
    static String range(Instant from, Instant to, List<Object> params) {
        List<String> where = new ArrayList<>();
        if (from != null) {
            where.add("recorded_at >= ?");
            params.add(ts(from));
        }
        if (to != null) {
            where.add("recorded_at < ?");
            params.add(ts(to));
        }
        return where.isEmpty() ? "" : " where " + String.join(" and ", where);
    }
}
