package vn.resultpost.gateway.store;

import static vn.resultpost.gateway.store.ShipmentRepository.ts;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.resultpost.gateway.canonical.OperatorStatusEvent;

/** The raw log of operator status events: one row per event, which makes redelivered events recognisable. */
@Repository
public class OperatorEventLog {

    /** Outcome of an event that arrived before the gateway recorded its order: applied once the order is. */
    public static final String AWAITING_ORDER = "AWAITING_ORDER";

    private final JdbcClient jdbc;

    public OperatorEventLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean seen(OperatorStatusEvent e) {
        return jdbc.sql("select count(*) from operator_event where operator_code = ? and waybill = ? "
                        + "and status_code = ? and occurred_at = ?")
                .params(e.operatorCode(), e.waybill(), e.statusCode(), ts(e.occurredAt()))
                .query(Integer.class).single() > 0;
    }

    /** Events that arrived before their order was recorded, oldest first. */
    public List<LoggedEvent> awaitingOrder(String operatorCode, String waybill) {
        return jdbc.sql("select id, operator_code, waybill, status_code, status_text, occurred_at from operator_event "
                        + "where operator_code = ? and waybill = ? and outcome = ? order by occurred_at, id")
                .params(operatorCode, waybill, AWAITING_ORDER)
                .query((rs, n) -> new LoggedEvent(rs.getLong("id"), new OperatorStatusEvent(rs.getString("operator_code"),
                        rs.getString("waybill"), null, rs.getString("status_code"), rs.getString("status_text"),
                        ShipmentRepository.instant(rs, "occurred_at"))))
                .list();
    }

    /** Records what was finally done with a logged event. */
    public void resolve(long id, String outcome) {
        jdbc.sql("update operator_event set outcome = ? where id = ?").params(outcome, id).update();
    }

    /** Records an event with what the gateway did with it; a concurrent duplicate fails on the unique key. */
    public void record(OperatorStatusEvent e, String outcome, Instant now) {
        String text = e.statusText() == null || e.statusText().length() <= 500
                ? e.statusText() : e.statusText().substring(0, 500);
        jdbc.sql("insert into operator_event (operator_code, waybill, status_code, occurred_at, status_text, "
                        + "outcome, received_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(e.operatorCode(), e.waybill(), e.statusCode(), ts(e.occurredAt()), text, outcome, ts(now))
                .update();
    }

    /** A logged event with its row id. */
    public record LoggedEvent(long id, OperatorStatusEvent event) {
    }
}
