package vn.resultpost.gateway.store;

import static vn.resultpost.gateway.store.ShipmentRepository.instant;
import static vn.resultpost.gateway.store.ShipmentRepository.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.resultpost.gateway.review.ReviewItem;
import vn.resultpost.gateway.review.ReviewKind;

/** Persistence of the review queue. */
@Repository
public class ReviewRepository {

    private static final String COLUMNS = "id, shipment_id, kind, operator_code, waybill, detail, created_at, "
            + "resolved_at, resolved_by, resolution";

    private final JdbcClient jdbc;

    public ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds an open item unless the same one (shipment or waybill, kind and detail) is open already. */
    public void open(String shipmentId, ReviewKind kind, String operator, String waybill, String detail,
                     Instant now) {
        String text = detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        int same = jdbc.sql("select count(*) from review_item where resolved_at is null and kind = ? and detail = ? "
                        + "and coalesce(shipment_id, '') = coalesce(?, '') and coalesce(waybill, '') = coalesce(?, '')")
                .params(kind.name(), text, shipmentId, waybill).query(Integer.class).single();
        if (same == 0) {
            jdbc.sql("insert into review_item (shipment_id, kind, operator_code, waybill, detail, created_at) "
                            + "values (?, ?, ?, ?, ?, ?)")
                    .params(shipmentId, kind.name(), operator, waybill, text, ts(now)).update();
        }
    }

    /** Items, newest first: open ones only, or all. */
    public List<ReviewItem> list(boolean openOnly, int limit) {
        return jdbc.sql("select " + COLUMNS + " from review_item " + (openOnly ? "where resolved_at is null " : "")
                        + "order by created_at desc, id desc fetch first " + limit + " rows only")
                .query(ReviewRepository::map).list();
    }

    /** The open items of one shipment, oldest first. */
    public List<ReviewItem> openFor(String shipmentId) {
        return jdbc.sql("select " + COLUMNS + " from review_item where shipment_id = ? and resolved_at is null "
                        + "order by created_at, id")
                .param(shipmentId).query(ReviewRepository::map).list();
    }

    public Optional<ReviewItem> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from review_item where id = ?").param(id)
                .query(ReviewRepository::map).optional();
    }

    /** Marks an open item resolved; false when it was not open. */
    public boolean resolve(long id, String by, String resolution, Instant now) {
        return jdbc.sql("update review_item set resolved_at = ?, resolved_by = ?, resolution = ? "
                        + "where id = ? and resolved_at is null")
                .params(ts(now), by, resolution, id).update() == 1;
    }

    private static ReviewItem map(ResultSet rs, int row) throws SQLException {
        return new ReviewItem(rs.getLong("id"), rs.getString("shipment_id"), ReviewKind.valueOf(rs.getString("kind")),
                rs.getString("operator_code"), rs.getString("waybill"), rs.getString("detail"),
                instant(rs, "created_at"), instant(rs, "resolved_at"), rs.getString("resolved_by"),
                rs.getString("resolution"));
    }
}
