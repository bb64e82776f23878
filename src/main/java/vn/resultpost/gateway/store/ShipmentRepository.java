package vn.resultpost.gateway.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.resultpost.gateway.canonical.ResultKey;
import vn.resultpost.gateway.canonical.Shipment;
import vn.resultpost.gateway.canonical.ShipmentStatus;

/** Persistence of shipments, the source of truth for each result on its way. */
@Repository
public class ShipmentRepository {

    private static final String COLUMNS = "id, agency_code, dossier_code, operator_code, waybill, status, "
            + "failed_attempts, last_event_at, created_at, updated_at";

    private final JdbcClient jdbc;

    public ShipmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a new shipment; fails with a DuplicateKeyException when the result is already known. */
    public void insert(Shipment s, String procedureCode, String payload, String payloadHash, String routingRule) {
        jdbc.sql("insert into shipment (id, agency_code, dossier_code, procedure_code, payload, payload_hash, "
                        + "operator_code, waybill, status, failed_attempts, last_event_at, created_at, updated_at, "
                        + "routing_rule) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(s.id(), s.key().agencyCode(), s.key().dossierCode(), procedureCode, payload, payloadHash,
                        s.operatorCode(), s.waybill(), s.status().name(), s.failedAttempts(),
                        ts(s.lastEventAt()), ts(s.createdAt()), ts(s.updatedAt()), routingRule)
                .update();
    }

    /** The routing rule that chose the shipment's operator ("default" when none matched). */
    public Optional<String> routingRule(String id) {
        return jdbc.sql("select routing_rule from shipment where id = ?").param(id).query(String.class).optional();
    }

    public Optional<Shipment> find(ResultKey key) {
        return jdbc.sql("select " + COLUMNS + " from shipment where agency_code = ? and dossier_code = ?")
                .params(key.agencyCode(), key.dossierCode()).query(ShipmentRepository::map).optional();
    }

    public Optional<Shipment> findById(String id) {
        return jdbc.sql("select " + COLUMNS + " from shipment where id = ?")
                .param(id).query(ShipmentRepository::map).optional();
    }

    /** Reads and row-locks a shipment, serialising concurrent changes to it until the transaction ends. */
    public Optional<Shipment> lockById(String id) {
        return jdbc.sql("select " + COLUMNS + " from shipment where id = ? for update")
                .param(id).query(ShipmentRepository::map).optional();
    }

    /** Finds the shipment an operator's waybill belongs to. */
    public Optional<String> idForWaybill(String operatorCode, String waybill) {
        return jdbc.sql("select id from shipment where operator_code = ? and waybill = ?")
                .params(operatorCode, waybill).query(String.class).optional();
    }

    /** The normalised submission as stored at intake (canonical JSON) and its hash. */
    public Optional<StoredPayload> payload(String id) {
        return jdbc.sql("select payload, payload_hash from shipment where id = ?").param(id)
                .query((rs, n) -> new StoredPayload(rs.getString(1), rs.getString(2))).optional();
    }

    /**
     * Replaces the stored submission after a person completed it (a held result's ward); the hash stays the
     * one taken at intake, so the dossier system's resubmission of what it sent is still recognised.
     */
    public void updatePayload(String id, String payload) {
        jdbc.sql("update shipment set payload = ? where id = ?").params(payload, id).update();
    }

    /** Shipments accepted and still waiting for their postal order, those held for a person's review excepted. */
    public long countWaitingForOrder() {
        return jdbc.sql("""
                select count(*) from shipment s where s.status = 'ACCEPTED' and not exists
                  (select 1 from review_item r where r.shipment_id = s.id and r.resolved_at is null)""")
                .query(Long.class).single();
    }

    public Optional<String> payloadHash(ResultKey key) {
        return jdbc.sql("select payload_hash from shipment where agency_code = ? and dossier_code = ?")
                .params(key.agencyCode(), key.dossierCode()).query(String.class).optional();
    }

    /** Writes the status fields of a shipment (call with the row locked); a final status ends its polling. */
    public void update(Shipment s) {
        jdbc.sql("update shipment set waybill = ?, status = ?, failed_attempts = ?, last_event_at = ?, "
                        + "updated_at = ?, next_poll_at = case when ? then null else next_poll_at end where id = ?")
                .params(s.waybill(), s.status().name(), s.failedAttempts(), ts(s.lastEventAt()),
                        ts(s.updatedAt()), s.status().terminal(), s.id())
                .update();
    }

    /**
     * A time as bound to SQL, cut to the microseconds the columns keep (H2 and PostgreSQL alike). An
     * operator's event time may carry nanoseconds; bound uncut, a lookup by that time (the operator
     * event log's duplicate check) never equals the stored, rounded value.
     */
    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant.truncatedTo(ChronoUnit.MICROS));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Shipment map(ResultSet rs, int row) throws SQLException {
        return new Shipment(rs.getString("id"),
                new ResultKey(rs.getString("agency_code"), rs.getString("dossier_code")),
                rs.getString("operator_code"), rs.getString("waybill"),
                ShipmentStatus.valueOf(rs.getString("status")), rs.getInt("failed_attempts"),
                instant(rs, "last_event_at"), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    /** The stored canonical JSON of a submission and its hash. */
    public record StoredPayload(String json, String hash) {
    }
}
