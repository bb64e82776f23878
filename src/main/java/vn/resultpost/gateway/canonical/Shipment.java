package vn.resultpost.gateway.canonical;

import java.time.Instant;

/** The gateway's record of one result on its way to the applicant: the source of truth. */
public record Shipment(
        String id,
        ResultKey key,
        String operatorCode,
        String waybill,
        ShipmentStatus status,
        int failedAttempts,
        Instant lastEventAt,
        Instant createdAt,
        Instant updatedAt) {
}
