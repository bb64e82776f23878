package vn.resultpost.gateway.channel.rest;

import java.time.Instant;
import java.util.List;
import vn.resultpost.gateway.canonical.Shipment;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.canonical.TimelineEntry;

/** The JSON answer of GET /api/v1/results/{agencyCode}/{dossierCode}. */
public record ShipmentView(
        String shipmentId,
        String agencyCode,
        String dossierCode,
        String operator,
        String waybill,
        ShipmentStatus status,
        String dossierStatusCode,
        int failedAttempts,
        Instant createdAt,
        Instant updatedAt,
        List<TimelineEntry> timeline) {

    static ShipmentView of(Shipment s, List<TimelineEntry> timeline) {
        return new ShipmentView(s.id(), s.key().agencyCode(), s.key().dossierCode(), s.operatorCode(), s.waybill(),
                s.status(), s.status().dossierStatusCode(), s.failedAttempts(), s.createdAt(), s.updatedAt(),
                timeline);
    }
}
