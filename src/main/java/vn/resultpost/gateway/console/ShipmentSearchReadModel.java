package vn.resultpost.gateway.console;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.deadline.DeadlineCalculator;
import vn.resultpost.gateway.support.InvalidMessageException;

/** Read model of the shipment search: one parameterised query, newest first, bounded. */
@Component
public class ShipmentSearchReadModel {

    private final JdbcClient jdbc;

    public ShipmentSearchReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The shipments matching the search, newest first, at most {@code limit}. */
    public List<ShipmentRow> search(ShipmentSearch s, int limit) {
        StringBuilder sql = new StringBuilder("select id, agency_code, dossier_code, operator_code, waybill, status, "
                + "created_at, due_date, overdue_at from shipment where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (ShipmentSearch.has(s.dossier())) {
            sql.append(" and dossier_code like ? escape '!'");
            params.add("%" + like(s.dossier()) + "%");
        }
        if (ShipmentSearch.has(s.waybill())) {
            sql.append(" and waybill = ?");
            params.add(s.waybill().strip());
        }
        if (ShipmentSearch.has(s.agency())) {
            sql.append(" and agency_code = ?");
            params.add(s.agency().strip());
        }
        if (ShipmentSearch.has(s.status())) {
            sql.append(" and status = ?");
            params.add(status(s.status()));
        }
        if (s.from() != null) {
            sql.append(" and created_at >= ?");
            params.add(start(s.from()));
        }
        if (s.to() != null) {
            sql.append(" and created_at < ?");
            params.add(start(s.to().plusDays(1)));
        }
        if (ShipmentSearch.has(s.ward())) {
            // The canonical submission is stored as compact JSON: the 2025 ward code is a plain field of it.
            sql.append(" and payload like ? escape '!'");
            params.add("%\"wardCode\":\"" + like(s.ward()) + "\"%");
        }
        sql.append(" order by created_at desc fetch first ").append(limit).append(" rows only");
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> row(rs)).list();
    }

    private static ShipmentRow row(ResultSet rs) throws SQLException {
        Date due = rs.getDate("due_date");
        Timestamp overdue = rs.getTimestamp("overdue_at");
        return new ShipmentRow(rs.getString("id"), rs.getString("agency_code"), rs.getString("dossier_code"),
                rs.getString("operator_code"), rs.getString("waybill"), rs.getString("status"),
                rs.getTimestamp("created_at").toInstant(), due == null ? null : due.toLocalDate(),
                overdue == null ? null : overdue.toInstant());
    }

    private static String status(String text) {
        try {
            return ShipmentStatus.valueOf(text.strip()).name();
        } catch (IllegalArgumentException e) {
            throw new InvalidMessageException("Unknown status '" + text + "'");
        }
    }

    private static Timestamp start(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(DeadlineCalculator.VIETNAM).toInstant());
    }

    private static String like(String text) {
        return text.strip().replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** One shipment as the search lists it. */
    public record ShipmentRow(String id, String agencyCode, String dossierCode, String operator, String waybill,
                              String status, Instant createdAt, LocalDate dueDate, Instant overdueAt) {
    }
}
