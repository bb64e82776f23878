package vn.resultpost.gateway.review;

import java.time.Instant;

/**
 * One entry of the review queue: what happened, to which shipment (null for an unknown waybill), and
 * once a person resolved it, when, by whom and why.
 */
public record ReviewItem(
        long id,
        String shipmentId,
        ReviewKind kind,
        String operator,
        String waybill,
        String detail,
        Instant createdAt,
        Instant resolvedAt,
        String resolvedBy,
        String resolution) {

    public boolean open() {
        return resolvedAt == null;
    }
}
