package vn.resultpost.gateway.tracking;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.canonical.Shipment;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.canonical.TimelineEntry;
import vn.resultpost.gateway.deadline.HolidayCalendar;
import vn.resultpost.gateway.review.ReviewKind;
import vn.resultpost.gateway.review.ReviewQueue;
import vn.resultpost.gateway.store.TimelineRepository;

/**
 * When an operator starts a return, checks the two-attempt rule ({@link ReturnRule}) on the shipment's
 * timeline; a breach does not stop the return (the operator has the result) but is held for review so the
 * one-stop desk can take it up with the operator.
 */
@Component
public class ReturnRuleCheck {

    private static final Logger log = LoggerFactory.getLogger(ReturnRuleCheck.class);

    private final ReturnRule rule;
    private final TimelineRepository timeline;
    private final ReviewQueue reviews;

    public ReturnRuleCheck(HolidayCalendar calendar, TimelineRepository timeline, ReviewQueue reviews,
                           @Value("${gateway.delivery.min-working-days-between-attempts:2}") int minDaysApart) {
        this.rule = new ReturnRule(calendar, minDaysApart);
        this.timeline = timeline;
        this.reviews = reviews;
    }

    /** Call with the row locked, after {@code before} moved to {@code next}. */
    public void check(Shipment before, ShipmentStatus next) {
        boolean startsReturn = (next == ShipmentStatus.RETURNING || next == ShipmentStatus.RETURNED_TO_AGENCY)
                && before.status() != ShipmentStatus.RETURNING;
        if (!startsReturn) {
            return;
        }
        List<java.time.Instant> failed = timeline.list(before.id()).stream()
                .filter(e -> e.status() == ShipmentStatus.DELIVERY_FAILED).map(TimelineEntry::occurredAt).toList();
        rule.breach(failed).ifPresent(breach -> {
            log.warn("Shipment {} ({}/{}): operator {} {}", before.id(), before.key().agencyCode(),
                    before.key().dossierCode(), before.operatorCode(), breach);
            reviews.hold(before, ReviewKind.RETURN_RULE, "Operator " + before.operatorCode() + " " + breach);
        });
    }
}
