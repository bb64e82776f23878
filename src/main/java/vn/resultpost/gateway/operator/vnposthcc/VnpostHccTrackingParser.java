package vn.resultpost.gateway.operator.vnposthcc;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import vn.resultpost.gateway.canonical.OperatorStatusEvent;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccMessages.Tracking;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccMessages.TrackingEvent;

/** Pure parser of an order-tracking reply's history into canonical events, oldest first. */
final class VnpostHccTrackingParser {

    static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    /** The reply's events; {@code waybill} names them when the reply carries no ItemCode. */
    List<OperatorStatusEvent> events(Tracking t, String waybill) {
        if (t == null || t.history() == null) {
            return List.of();
        }
        String item = t.itemCode() == null || t.itemCode().isBlank() ? waybill : t.itemCode().strip();
        return t.history().stream().map(e -> event(e, item, t.orderNumber()))
                .sorted(Comparator.comparing(OperatorStatusEvent::occurredAt)).toList();
    }

    private static OperatorStatusEvent event(TrackingEvent e, String item, String orderNumber) {
        if (e == null || blank(e.statusCode()) || blank(e.statusDate()) || blank(item)) {
            throw new IllegalStateException("VNPost HCC tracking event needs StatusCode, StatusDate and an ItemCode");
        }
        if (e.statusCode().length() > 16 || item.length() > 64
                || (orderNumber != null && orderNumber.length() > 64)
                || (e.statusMessage() != null && e.statusMessage().length() > 500)) {
            throw new IllegalStateException("VNPost HCC tracking event field too long (ItemCode and OrderNumber ≤ 64, "
                    + "StatusCode ≤ 16, StatusMessage ≤ 500)");
        }
        return new OperatorStatusEvent(VnpostHccResponseParser.OPERATOR, item, orderNumber, e.statusCode().strip(),
                e.statusMessage(), time(e.statusDate()));
    }

    /** ISO-8601 with an offset, ISO local, dd/MM/yyyy HH:mm:ss or yyyyMMddHHmmss (local times: Vietnam). */
    static Instant time(String text) {
        String t = text.strip();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException notOffset) {
            for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_LOCAL_DATE_TIME, VIETNAMESE, COMPACT)) {
                try {
                    return LocalDateTime.parse(t, f).toInstant(VIETNAM);
                } catch (DateTimeParseException next) {
                    // try the next format
                }
            }
            throw new IllegalStateException("StatusDate '" + t + "' is not a date-time");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
