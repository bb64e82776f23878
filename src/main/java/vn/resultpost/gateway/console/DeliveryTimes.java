package vn.resultpost.gateway.console;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.resultpost.gateway.deadline.DeadlineCalculator;

/**
 * Pickup-to-delivery times of the deliveries in the dashboard's window, in all and per day of delivery (Vietnam's
 * calendar); a shipment's first pickup counts, a delivery without a known pickup is not measured.
 */
final class DeliveryTimes {

    private final LocalDate first;
    private final Map<String, Instant> pickedUp = new HashMap<>();
    private final List<Duration> all = new ArrayList<>();
    private final List<List<Duration>> perDay = new ArrayList<>();

    DeliveryTimes(LocalDate first, int days) {
        this.first = first;
        for (int i = 0; i < days; i++) {
            perDay.add(new ArrayList<>());
        }
    }

    void pickedUp(String shipmentId, Instant at) {
        pickedUp.putIfAbsent(shipmentId, at);
    }

    void delivered(String shipmentId, Instant at) {
        Instant pickup = pickedUp.get(shipmentId);
        long index = first.until(at.atZone(DeadlineCalculator.VIETNAM).toLocalDate()).getDays();
        if (pickup == null || index < 0 || index >= perDay.size()) {
            return;
        }
        Duration d = Duration.between(pickup, at);
        all.add(d);
        perDay.get((int) index).add(d);
    }

    /** The percentile of all the deliveries measured, in hours (null when none). */
    Double hours(int percentile) {
        return Percentiles.of(all, percentile);
    }

    /** The percentile of each day's deliveries, in hours (null for a day without any). */
    List<Double> hoursPerDay(int percentile) {
        return Arrays.asList(perDay.stream().map(d -> Percentiles.of(d, percentile)).toArray(Double[]::new));
    }

    int measured() {
        return all.size();
    }
}
