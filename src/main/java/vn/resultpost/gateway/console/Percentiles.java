package vn.resultpost.gateway.console;

import java.time.Duration;
import java.util.List;

/** Nearest-rank percentiles of durations, in hours (null when there is nothing to measure). */
final class Percentiles {

    private Percentiles() {
    }

    static Double of(List<Duration> durations, int percentile) {
        if (durations.isEmpty()) {
            return null;
        }
        List<Duration> sorted = durations.stream().sorted().toList();
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        Duration d = sorted.get(Math.max(0, rank - 1));
        return Math.round(d.toMillis() / 36_000.0) / 100.0;
    }
}
