package vn.resultpost.gateway.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;

/**
 * One full-lifecycle phase: results submitted at a constant rate (open model, at most {@code inFlight}
 * unfinished), then a wait until the simulated dossier system holds a final report for each, then the
 * check against its records ({@link LifecycleVerdict}).
 */
final class LifecycleRun {

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
        IntSupplier sinceBase = finishedSince(base);
        Thread poller = GatewayChecks.every(200, "bench-finished-poller", () -> {
            if (steadyCpu.get() == null && System.nanoTime() >= steadyFrom) {
                steadyCpu.set(MachineCpu.now());
            }
            finished.set(sinceBase.getAsInt());
        });
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
        Map<String, Object> m = LifecycleVerdict.of(phase, get("/simulator/dossier/finished"), i -> key(tag, i), sent,
                accepted, duration, drainSeconds);
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

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(simulatorUrl + path))
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException(path + " answered HTTP " + r.statusCode());
        }
        return JSON.readTree(r.body());
    }
}
