package vn.resultpost.gateway.store;

import static vn.resultpost.gateway.store.ShipmentRepository.ts;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.resultpost.gateway.canonical.OperatorStatusEvent;

/** The raw log of operator status events: one row per event, which makes redelivered events recognisable. */
@Repository
public class OperatorEventLog {

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

    /** Records an event with what the gateway did with it; a concurrent duplicate fails on the unique key. */
    public void record(OperatorStatusEvent e, String outcome, Instant now) {
        String text = e.statusText() == null || e.statusText().length() <= 500
                ? e.statusText() : e.statusText().substring(0, 500);
        jdbc.sql("insert into operator_event (operator_code, waybill, status_code, occurred_at, status_text, "
                        + "outcome, received_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(e.operatorCode(), e.waybill(), e.statusCode(), ts(e.occurredAt()), text, outcome, ts(now))
                .update();
    }
}
