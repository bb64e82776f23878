package vn.resultpost.gateway.store;

import static vn.resultpost.gateway.store.ShipmentRepository.instant;
import static vn.resultpost.gateway.store.ShipmentRepository.ts;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tracking poller's schedule on the shipment rows: when each open shipment of a polled operator is
 * asked next, claimed in batches with {@code FOR UPDATE SKIP LOCKED} so that several instances never
 * claim the same shipment, and the newest event time already queued (the poll cursor).
 */
@Repository
public class TrackingPollRepository {

    private static final String OPEN = "('ORDER_CREATED', 'PICKED_UP', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', "
            + "'DELIVERY_FAILED', 'RETURNING')";

    private final JdbcClient jdbc;

    public TrackingPollRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Polls the shipment first at {@code at} (call when its order is recorded). */
    public void schedule(String shipmentId, Instant at) {
        jdbc.sql("update shipment set next_poll_at = ? where id = ?").params(ts(at), shipmentId).update();
    }

    /**
     * Claims up to {@code limit} open shipments due at {@code now}, oldest due first, and moves their next
     * poll to {@code leaseUntil}, so no other instance takes them meanwhile; call inside a transaction.
     */
    public List<Due> claim(Instant now, Instant leaseUntil, int limit) {
        List<Due> due = jdbc.sql("select id, operator_code, waybill, poll_cursor from shipment "
                        + "where next_poll_at <= ? and waybill is not null and status in " + OPEN
                        + " order by next_poll_at fetch first " + limit + " rows only for update skip locked")
                .param(ts(now))
                .query((rs, n) -> new Due(rs.getString("id"), rs.getString("operator_code"), rs.getString("waybill"),
                        instant(rs, "poll_cursor")))
                .list();
        for (Due d : due) {
            jdbc.sql("update shipment set next_poll_at = ? where id = ?").params(ts(leaseUntil), d.shipmentId())
                    .update();
        }
        return due;
    }

    /** After a poll: the next one at {@code next} (null: never again), and the newest event time queued. */
    public void polled(String shipmentId, Instant next, Instant cursor) {
        jdbc.sql("update shipment set next_poll_at = ?, poll_cursor = coalesce(?, poll_cursor) where id = ?")
                .params(ts(next), ts(cursor), shipmentId).update();
    }

    /** Open shipments waiting for a poll now, for health views. */
    public int due(Instant now) {
        return jdbc.sql("select count(*) from shipment where next_poll_at <= ? and status in " + OPEN)
                .param(ts(now)).query(Integer.class).single();
    }

    /** A shipment due for a poll: its operator, waybill and the newest event time already queued. */
    public record Due(String shipmentId, String operator, String waybill, Instant cursor) {
    }
}
