package vn.resultpost.gateway.channel.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.resultpost.gateway.canonical.Shipment;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.canonical.TimelineEntry;
import vn.resultpost.gateway.review.ReviewItem;
import vn.resultpost.gateway.store.DeadlineRepository.StoredDeadline;

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
        LocalDate dueDate,
        String deadlineRule,
        boolean overdue,
        String routingRule,
        Instant createdAt,
        Instant updatedAt,
        List<ReviewItem> reviews,
        List<TimelineEntry> timeline) {

    static ShipmentView of(Shipment s, List<TimelineEntry> timeline, Optional<StoredDeadline> deadline,
                           String routingRule, List<ReviewItem> reviews) {
        return new ShipmentView(s.id(), s.key().agencyCode(), s.key().dossierCode(), s.operatorCode(), s.waybill(),
                s.status(), s.status().dossierStatusCode(), s.failedAttempts(),
                deadline.map(StoredDeadline::dueDate).orElse(null), deadline.map(StoredDeadline::rule).orElse(null),
                deadline.map(d -> d.overdueAt() != null).orElse(false), routingRule, s.createdAt(), s.updatedAt(),
                reviews, timeline);
    }
}
