package vn.resultpost.gateway.canonical;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A status change as reported to the agency's dossier system: the canonical status and the
 * dossier-system status code (TrangThaiHoSo) it corresponds to. {@code sequence} orders the reports
 * of one dossier; the gateway sends them in that order, at least once (a report re-sent after a crash
 * carries the same sequence number, which the dossier system drops).
 */
public record StatusReport(
        String agencyCode,
        String dossierCode,
        String shipmentId,
        int sequence,
        ShipmentStatus status,
        String dossierStatusCode,
        String operator,
        String waybill,
        String operatorStatusCode,
        String description,
        int failedAttempts,
        Instant occurredAt,
        LocalDate dueDate) {
}
