package vn.resultpost.gateway.operator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.resultpost.gateway.canonical.CancelOutcome;
import vn.resultpost.gateway.canonical.OrderRef;
import vn.resultpost.gateway.canonical.Shipment;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.review.ReviewKind;
import vn.resultpost.gateway.review.ReviewQueue;
import vn.resultpost.gateway.store.ShipmentRepository;

/**
 * Cleans up after a race: the result was cancelled while its create call was on its way, and the
 * operator created the order anyway. The order is cancelled at the operator, its waybill kept on the
 * shipment; if the operator will not cancel it, the order is held for review.
 */
@Component
public class OrphanOrders {

    private static final Logger log = LoggerFactory.getLogger(OrphanOrders.class);

    private final ShipmentRepository shipments;
    private final ReviewQueue reviews;
    private final TransactionTemplate tx;

    public OrphanOrders(ShipmentRepository shipments, ReviewQueue reviews, TransactionTemplate tx) {
        this.shipments = shipments;
        this.reviews = reviews;
        this.tx = tx;
    }

    /** After a create answered {@code waybill}: cancels that order if the shipment is cancelled without one. */
    public void cancelIfCancelled(PostalOperator operator, String shipmentId, String waybill) {
        Shipment s = shipments.findById(shipmentId).orElseThrow();
        if (waybill == null || s.status() != ShipmentStatus.CANCELLED || waybill.equals(s.waybill())) {
            return;
        }
        CancelOutcome outcome = operator.cancel(new OrderRef(shipmentId, waybill));
        tx.executeWithoutResult(t -> {
            Shipment locked = shipments.lockById(shipmentId).orElseThrow();
            Shipment withWaybill = new Shipment(locked.id(), locked.key(), locked.operatorCode(), waybill,
                    locked.status(), locked.failedAttempts(), locked.lastEventAt(), locked.createdAt(),
                    locked.updatedAt());
            shipments.update(withWaybill);
            if (!(outcome instanceof CancelOutcome.Cancelled)) {
                reviews.hold(withWaybill, ReviewKind.ORPHAN_ORDER, "The result was cancelled while its order was "
                        + "being created; operator " + operator.code() + " created order " + waybill
                        + " and did not cancel it (" + outcome + "): cancel it with the operator");
            }
        });
        log.warn("Shipment {} was cancelled during its create call: order {} at {} {}", shipmentId, waybill,
                operator.code(), outcome instanceof CancelOutcome.Cancelled ? "cancelled" : "held for review");
    }
}
