package vn.resultpost.gateway.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Percentiles of a set of latencies in milliseconds (exact: every sample is kept and sorted). */
record Latencies(int count, double p50, double p95, double p99, double max, double mean) {

    static Latencies of(double[] millis) {
        if (millis.length == 0) {
            return new Latencies(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] s = millis.clone();
        Arrays.sort(s);
        return new Latencies(s.length, at(s, 0.50), at(s, 0.95), at(s, 0.99), s[s.length - 1],
                Arrays.stream(s).average().orElse(Double.NaN));
    }

    private static double at(double[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", count);
        m.put("p50Ms", round(p50));
        m.put("p95Ms", round(p95));
        m.put("p99Ms", round(p99));
        m.put("maxMs", round(max));
        m.put("meanMs", round(mean));
        return m;
    }

    String brief() {
        return String.format(java.util.Locale.ROOT, "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", p50, p95, p99, max);
    }

    static double round(double v) {
        return Double.isNaN(v) ? v : Math.round(v * 10) / 10.0;
    }
}
