package vn.resultpost.gateway.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The check of a lifecycle phase against the simulated dossier system's records: every accepted result finished
 * DELIVERED with all six reports (accepted, order created, picked up, in transit, out for delivery, delivered), the
 * throughput over the steady window (from a fifth of the submission window to its end) and overall, and the
 * end-to-end latency from the moment a submission was due to the moment its final report reached the dossier system.
 */
final class LifecycleVerdict {

    static final int REPORTS_PER_SHIPMENT = 6;

    private LifecycleVerdict() {
    }

    /**
     * The phase's part of the result file from the simulated dossier system's final reports ({@code done}, keyed by
     * {@code agency/dossier}); {@code key} names the i-th submission.
     */
    static Map<String, Object> of(String phase, JsonNode done, IntFunction<String> key, OpenLoad.Result sent,
                                  int accepted, Duration duration, double drainSeconds) {
        List<Double> e2e = new ArrayList<>();
        int unfinished = 0;
        int notDelivered = 0;
        int missingReports = 0;
        long first = sent.sent() == 0 ? 0 : sent.dueEpochMs()[0];
        long windowFrom = first + duration.toMillis() / 5;
        long windowTo = first + duration.toMillis();
        long lastFinish = first;
        int inWindow = 0;
        for (int i = 0; i < sent.sent(); i++) {
            if (sent.status()[i] != 200 && sent.status()[i] != 202) {
                continue;
            }
            JsonNode f = done.get(key.apply(i));
            if (f == null) {
                unfinished++;
                continue;
            }
            long at = f.path("atMillis").asLong();
            lastFinish = Math.max(lastFinish, at);
            e2e.add((double) (at - sent.dueEpochMs()[i]));
            if (!"DELIVERED".equals(f.path("status").asText())) {
                notDelivered++;
            }
            if (f.path("sequence").asInt() != REPORTS_PER_SHIPMENT) {
                missingReports++;
            }
            if (at >= windowFrom && at <= windowTo) {
                inWindow++;
            }
        }
        Latencies latency = Latencies.of(e2e.stream().mapToDouble(Double::doubleValue).toArray());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("submittedPerSecond", Latencies.round(sent.sent() / (duration.toMillis() / 1000.0)));
        m.put("submitted", sent.sent());
        m.put("accepted", accepted);
        m.put("refusedOrFailed", sent.sent() - accepted);
        m.put("submissionSeconds", Latencies.round(sent.seconds()));
        m.put("throttledSeconds", Latencies.round(sent.throttledSeconds()));
        m.put("blockedOnOutstandingSeconds", Latencies.round(sent.blockedSeconds()));
        m.put("finished", e2e.size());
        // Not finished when the drain timed out: lost if the gateway is idle, else only slow (see drainSeconds).
        m.put("unfinished", unfinished);
        m.put("notDelivered", notDelivered);
        m.put("finalSequenceNot6", missingReports);
        m.put("drainSeconds", Latencies.round(drainSeconds));
        double overall = e2e.isEmpty() ? 0 : e2e.size() / Math.max(0.001, (lastFinish - first) / 1000.0);
        double steady = inWindow / (duration.toMillis() * 0.8 / 1000.0);
        m.put("shipmentsPerSecondOverall", Latencies.round(overall));
        m.put("shipmentsPerSecondSteady", Latencies.round(steady));
        m.put("endToEnd", latency.toMap());
        Benchmark.log(String.format("%s: %d accepted, %d finished, %d unfinished, %d not delivered; %.1f shipments/s steady "
                        + "(%.1f overall); end-to-end %s", phase, accepted, e2e.size(), unfinished, notDelivered, steady, overall,
                latency.brief()));
        return m;
    }
}
