package vn.resultpost.gateway.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;

/**
 * One full-lifecycle phase: results submitted at a constant rate (open model, at most {@code inFlight}
 * unfinished), then a wait until the simulated dossier system holds a final report for each, then the
 * check against its records: every accepted result finished DELIVERED with all six reports (accepted,
 * order created, picked up, in transit, out for delivery, delivered), and the end-to-end latency from the
 * moment a submission was due to the moment its final report reached the dossier system.
 */
final class LifecycleRun {

    static final int REPORTS_PER_SHIPMENT = 6;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String simulatorUrl;
    private final OpenLoad load;
    private final String template;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    LifecycleRun(String simulatorUrl, OpenLoad load, String template) {
        this.simulatorUrl = simulatorUrl;
        this.load = load;
        this.template = template;
    }

    /** Bodies of the phase: each a new dossier, alternating between the two demo agencies. */
    static String key(String tag, int i) {
        String agency = i % 2 == 0 ? "000.00.12.H26" : "000.00.15.H26";
        return agency + "/" + agency + "-B" + tag + "-" + String.format("%07d", i);
    }

    String body(String tag, int i) {
        String[] k = key(tag, i).split("/", 2);
        return template.replace("000.00.12.H26", k[0]).replace("DOSSIER_CODE", k[1]);
    }

    int finishedAtSimulator() throws IOException, InterruptedException {
        return get("/simulator/dossier/stats").path("finished").asInt();
    }

    /** Runs the phase; the map is its part of the result file. */
    Map<String, Object> run(String phase, String tag, double rate, Duration duration, int inFlight, Duration drainTimeout)
            throws IOException, InterruptedException {
        int base = finishedAtSimulator();
        AtomicInteger finished = new AtomicInteger();
        // The machine's CPU over the steady window (from a fifth of the submission on), taken by the poller.
        AtomicReference<MachineCpu> steadyCpu = new AtomicReference<>();
        long steadyFrom = System.nanoTime() + duration.toNanos() / 5;
        Thread poller = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    if (steadyCpu.get() == null && System.nanoTime() >= steadyFrom) {
                        steadyCpu.set(MachineCpu.now());
                    }
                    finished.set(finishedAtSimulator() - base);
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                } catch (IOException e) {
                    // the simulator is busy: next time
                }
            }
        }, "bench-finished-poller");
        poller.setDaemon(true);
        poller.start();
        OpenLoad.Result sent;
        long drainStart;
        int accepted;
        double steadyBusy;
        try {
            sent = load.run(i -> body(tag, i), rate, duration, finished::get, inFlight, phase);
            accepted = sent.answered(200, 202);
            steadyBusy = steadyCpu.get() == null ? Double.NaN : steadyCpu.get().since().busyPercent();
            drainStart = System.nanoTime();
            awaitFinished(phase, finished::get, accepted, drainTimeout);
        } finally {
            poller.interrupt();
        }
        double drainSeconds = (System.nanoTime() - drainStart) / 1e9;
        Map<String, Object> m = check(phase, tag, sent, accepted, duration, drainSeconds);
        m.put("machineCpuBusyPercentSteady", Latencies.round(steadyBusy));
        return m;
    }

    /**
     * Waits (at most {@code timeout}) until {@code finished} reaches {@code accepted}, logging every 5 s; returns the
     * last count.
     */
    static int awaitFinished(String phase, IntSupplier finished, int accepted, Duration timeout)
            throws InterruptedException {
        long giveUp = System.nanoTime() + timeout.toNanos();
        long nextLog = System.nanoTime();
        int done = finished.getAsInt();
        while (done < accepted && System.nanoTime() < giveUp) {
            if (System.nanoTime() >= nextLog) {
                nextLog += 5_000_000_000L;
                Benchmark.log(String.format("%s: draining, finished %d of %d accepted", phase, done, accepted));
            }
            Thread.sleep(100);
            done = finished.getAsInt();
        }
        return done;
    }

    /** Shipments finished at the simulated dossier system since it counted {@code base} (the last reading if it does not answer). */
    IntSupplier finishedSince(int base) {
        int[] last = {0};
        return () -> {
            try {
                last[0] = finishedAtSimulator() - base;
            } catch (IOException e) {
                // the simulator is busy: the last reading stands
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return last[0];
        };
    }

    private Map<String, Object> check(String phase, String tag, OpenLoad.Result sent, int accepted, Duration duration,
                                      double drainSeconds) throws IOException, InterruptedException {
        JsonNode done = get("/simulator/dossier/finished");
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
            JsonNode f = done.get(key(tag, i));
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

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(simulatorUrl + path))
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException(path + " answered HTTP " + r.statusCode());
        }
        return JSON.readTree(r.body());
    }
}
