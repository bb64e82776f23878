package vn.resultpost.gateway.store;

import static vn.resultpost.gateway.store.ShipmentRepository.instant;
import static vn.resultpost.gateway.store.ShipmentRepository.ts;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Persistence of each shipment's J+n deadline and of the alerts raised on it. */
@Repository
public class DeadlineRepository {

    private static final String OPEN = "status not in ('DELIVERED', 'RETURNED_TO_AGENCY', 'CANCELLED', 'REJECTED')";

    private final JdbcClient jdbc;

    public DeadlineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void set(String shipmentId, LocalDate dueDate, String rule) {
        jdbc.sql("update shipment set due_date = ?, deadline_rule = ? where id = ?")
                .params(Date.valueOf(dueDate), rule.length() > 200 ? rule.substring(0, 200) : rule, shipmentId)
                .update();
    }

    public Optional<StoredDeadline> find(String shipmentId) {
        return jdbc.sql("select id, agency_code, dossier_code, due_date, deadline_rule, overdue_at from shipment "
                        + "where id = ? and due_date is not null")
                .param(shipmentId).query((rs, n) -> map(rs)).optional();
    }

    /** Marks and returns the open shipments due on {@code day} not alerted yet. */
    public List<StoredDeadline> alertDue(LocalDate day, Instant now) {
        List<StoredDeadline> due = jdbc.sql("select id, agency_code, dossier_code, due_date, deadline_rule, overdue_at "
                        + "from shipment where due_date = ? and due_alerted_at is null and " + OPEN)
                .param(Date.valueOf(day)).query((rs, n) -> map(rs)).list();
        // Each row is claimed by a conditional update: with several instances only one alerts a shipment.
        return due.stream().filter(d -> jdbc.sql("update shipment set due_alerted_at = ? where id = ? "
                + "and due_alerted_at is null").params(ts(now), d.shipmentId()).update() == 1).toList();
    }

    /** Marks and returns the open shipments whose due date passed before {@code today}, not marked yet. */
    public List<StoredDeadline> markOverdue(LocalDate today, Instant now) {
        List<StoredDeadline> late = jdbc.sql("select id, agency_code, dossier_code, due_date, deadline_rule, overdue_at "
                        + "from shipment where due_date < ? and overdue_at is null and " + OPEN)
                .param(Date.valueOf(today)).query((rs, n) -> map(rs)).list();
        return late.stream().filter(d -> jdbc.sql("update shipment set overdue_at = ? where id = ? "
                + "and overdue_at is null").params(ts(now), d.shipmentId()).update() == 1).toList();
    }

    /** Open shipments that are overdue or due on or before {@code day}, earliest first. */
    public List<StoredDeadline> openDueBy(LocalDate day, int limit) {
        return jdbc.sql("select id, agency_code, dossier_code, due_date, deadline_rule, overdue_at from shipment "
                        + "where due_date <= ? and " + OPEN + " order by due_date fetch first " + limit + " rows only")
                .param(Date.valueOf(day)).query((rs, n) -> map(rs)).list();
    }

    private static StoredDeadline map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new StoredDeadline(rs.getString("id"), rs.getString("agency_code"), rs.getString("dossier_code"),
                rs.getDate("due_date").toLocalDate(), rs.getString("deadline_rule"), instant(rs, "overdue_at"));
    }

    /** A shipment's deadline as stored. */
    public record StoredDeadline(String shipmentId, String agencyCode, String dossierCode, LocalDate dueDate,
                                 String rule, Instant overdueAt) {
    }
}
