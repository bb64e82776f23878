package vn.resultpost.gateway.console;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's numbers: per day and per series (results received, orders created, delivered, failed
 * attempts, returned, held for review, marked overdue), per agency, the failure reasons, what waits for review, what is overdue, and the
 * pickup-to-delivery median and 90th percentile in hours over {@code deliveriesMeasured} deliveries, in all and per
 * day of delivery (null for a day without a measured delivery).
 */
public record DashboardFigures(List<LocalDate> days, Map<String, long[]> perDay,
                               Map<String, Map<String, Long>> perAgency, Map<String, Long> failureReasons,
                               long inReview, long overdue, Double medianHours, Double p90Hours,
                               int deliveriesMeasured, List<Double> medianHoursPerDay,
                               List<Double> p90HoursPerDay) {

    /** The total of one series over the days shown. */
    public long total(String series) {
        long[] values = perDay.get(series);
        return values == null ? 0 : Arrays.stream(values).sum();
    }
}
