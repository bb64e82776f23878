package vn.resultpost.gateway.console;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.deadline.DeadlineCalculator;

/**
 * Read model of the console's dashboard: the shipments' events of the last days counted per day, per agency and
 * by failure reason, and the pickup-to-delivery times (in all and per day of delivery: {@link DeliveryTimes}). Plain
 * SQL on both databases; the counting is done here (days in Vietnam's time zone), over a bounded window.
 */
@Component
public class DashboardReadModel {

    static final List<String> SERIES = List.of("RECEIVED", "ORDER_CREATED", "DELIVERED", "DELIVERY_FAILED",
            "RETURNED_TO_AGENCY", "HELD_FOR_REVIEW", "MARKED_OVERDUE");
    private static final String OPEN = "status not in ('DELIVERED', 'RETURNED_TO_AGENCY', 'CANCELLED', 'REJECTED')";

    private final JdbcClient jdbc;
    private final Clock clock;

    public DashboardReadModel(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The figures of the last {@code days} days (today included). */
    public DashboardFigures figures(int days) {
        LocalDate today = LocalDate.now(clock.withZone(DeadlineCalculator.VIETNAM));
        LocalDate first = today.minusDays(days - 1L);
        Instant since = first.atStartOfDay(DeadlineCalculator.VIETNAM).toInstant();
        Map<String, long[]> perDay = new LinkedHashMap<>();
        SERIES.forEach(s -> perDay.put(s, new long[days]));
        Map<String, Map<String, Long>> perAgency = new TreeMap<>();
        Map<String, Long> reasons = new HashMap<>();
        DeliveryTimes times = new DeliveryTimes(first, days);
        jdbc.sql("select e.shipment_id, e.occurred_at from shipment_event e where e.status = 'PICKED_UP' "
                        + "and e.occurred_at < ? and e.shipment_id in (select d.shipment_id from shipment_event d "
                        + "where d.status = 'DELIVERED' and d.occurred_at >= ?)")
                .param(Timestamp.from(since)).param(Timestamp.from(since))
                .query(rs -> {
                    times.pickedUp(rs.getString(1), rs.getTimestamp(2).toInstant());
                });
        jdbc.sql("select s.agency_code, s.created_at from shipment s where s.created_at >= ?")
                .param(Timestamp.from(since)).query(rs -> {
                    count(perDay, "RECEIVED", first, rs.getTimestamp(2).toInstant(), days);
                    bump(perAgency, rs.getString(1), "RECEIVED");
                });
        jdbc.sql("select s.agency_code, e.shipment_id, e.status, e.occurred_at, e.description from shipment_event e "
                        + "join shipment s on s.id = e.shipment_id where e.occurred_at >= ? order by e.occurred_at")
                .param(Timestamp.from(since)).query(rs -> {
                    String status = rs.getString(3);
                    Instant at = rs.getTimestamp(4).toInstant();
                    if (perDay.containsKey(status)) {
                        count(perDay, status, first, at, days);
                        bump(perAgency, rs.getString(1), status);
                    }
                    if (status.equals("PICKED_UP")) {
                        times.pickedUp(rs.getString(2), at);
                    } else if (status.equals("DELIVERED")) {
                        times.delivered(rs.getString(2), at);
                    } else if (status.equals("DELIVERY_FAILED")) {
                        reasons.merge(reason(rs.getString(5)), 1L, Long::sum);
                    }
                });
        jdbc.sql("select s.agency_code, r.created_at from review_item r left join shipment s on s.id = r.shipment_id "
                        + "where r.created_at >= ?").param(Timestamp.from(since)).query(rs -> {
                    count(perDay, "HELD_FOR_REVIEW", first, rs.getTimestamp(2).toInstant(), days);
                    bump(perAgency, rs.getString(1) == null ? "?" : rs.getString(1), "HELD_FOR_REVIEW");
                });
        jdbc.sql("select agency_code, overdue_at from shipment where overdue_at >= ?").param(Timestamp.from(since))
                .query(rs -> {
                    count(perDay, "MARKED_OVERDUE", first, rs.getTimestamp(2).toInstant(), days);
                    bump(perAgency, rs.getString(1), "MARKED_OVERDUE");
                });
        long inReview = jdbc.sql("select count(*) from review_item where resolved_at is null").query(Long.class).single();
        long overdue = jdbc.sql("select count(*) from shipment where overdue_at is not null and " + OPEN)
                .query(Long.class).single();
        List<LocalDate> dayList = first.datesUntil(today.plusDays(1)).toList();
        return new DashboardFigures(dayList, perDay, perAgency, top(reasons), inReview, overdue,
                times.hours(50), times.hours(90), times.measured(), times.hoursPerDay(50), times.hoursPerDay(90));
    }

    private static void count(Map<String, long[]> perDay, String series, LocalDate first, Instant at, int days) {
        long index = first.until(at.atZone(DeadlineCalculator.VIETNAM).toLocalDate()).getDays();
        if (index >= 0 && index < days) {
            perDay.get(series)[(int) index]++;
        }
    }

    private static void bump(Map<String, Map<String, Long>> perAgency, String agency, String series) {
        perAgency.computeIfAbsent(agency, a -> new LinkedHashMap<>()).merge(series, 1L, Long::sum);
    }

    /** The operator's reason as recorded, without the trailing code in brackets. */
    static String reason(String description) {
        if (description == null || description.isBlank()) {
            return "(none given)";
        }
        String text = description.replaceAll("\\s*\\([^)]*\\)\\s*$", "").strip();
        return text.length() > 80 ? text.substring(0, 80) : text;
    }

    private static Map<String, Long> top(Map<String, Long> reasons) {
        Map<String, Long> out = new LinkedHashMap<>();
        reasons.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
