package vn.resultpost.gateway.canonical;

import java.time.Instant;

/**
 * One applied status change of a shipment and the outcome of reporting it to the dossier system.
 */
public record TimelineEntry(
        int sequence,
        ShipmentStatus status,
        String operatorStatusCode,
        String description,
        Instant occurredAt,
        Instant recordedAt,
        ReportState reportState,
        Instant reportedAt) {
}
