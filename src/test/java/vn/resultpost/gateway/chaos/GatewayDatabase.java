package vn.resultpost.gateway.chaos;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The gateway's database as the chaos run reads it once every instance has stopped: the H2 file of a single
 * embedded gateway, or the PostgreSQL schema the instances shared.
 */
record GatewayDatabase(String url, String user) {

    static GatewayDatabase h2(Path dataDir) {
        return new GatewayDatabase("jdbc:h2:file:" + dataDir.resolve("db/gateway")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;ACCESS_MODE_DATA=r", "sa");
    }

    static GatewayDatabase postgres(String url, String user) {
        return new GatewayDatabase(url, user);
    }

    /** The counts the run checks (nothing pending, everything final) and a few breakdowns. */
    Map<String, Object> endState() {
        Map<String, Object> db = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement st = c.createStatement()) {
            db.put("shipments", count(st, "select count(*) from shipment"));
            db.put("shipments not final", count(st, "select count(*) from shipment where status not in "
                    + "('DELIVERED','RETURNED_TO_AGENCY','CANCELLED','REJECTED')"));
            db.put("timeline entries", count(st, "select count(*) from shipment_event"));
            db.put("timeline entries not reported", count(st,
                    "select count(*) from shipment_event where report_state <> 'REPORTED'"));
            db.put("outbox messages pending", count(st, "select count(*) from outbox_message"));
            db.put("report attempts (sum)", count(st, "select coalesce(sum(report_attempts),0) from shipment_event"));
            db.put("operator events by outcome", breakdown(st,
                    "select outcome, count(*) from operator_event group by outcome order by outcome"));
            db.put("shipments by status", breakdown(st,
                    "select status, count(*) from shipment group by status order by status"));
            db.put("first shipments not final", list(st, "select id || ' ' || dossier_code || ' ' || status || ' since '"
                    + " || updated_at from shipment where status not in ('DELIVERED','RETURNED_TO_AGENCY','CANCELLED',"
                    + "'REJECTED') order by updated_at fetch first 10 rows only"));
        } catch (SQLException e) {
            db.put("database", "unreadable: " + e.getMessage());
        }
        return db;
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String list(Statement st, String sql) throws SQLException {
        StringBuilder sb = new StringBuilder();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                sb.append(sb.isEmpty() ? "" : "; ").append(rs.getString(1));
            }
        }
        return sb.isEmpty() ? "none" : sb.toString();
    }

    private static String breakdown(Statement st, String sql) throws SQLException {
        StringBuilder sb = new StringBuilder();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                sb.append(sb.isEmpty() ? "" : ", ").append(rs.getString(1)).append(' ').append(rs.getLong(2));
            }
        }
        return sb.toString();
    }
}
