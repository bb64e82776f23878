package vn.resultpost.gateway.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The benchmark's REST phases after the lifecycle: intake at a fixed rate (the driver's open-model generator), then,
 * once its shipments have finished, the HTTP floor (wrk GETs that write nothing) and intake at saturation (wrk), each
 * with the gateway's CPU per request.
 */
final class RestPhases {

    private final BenchOptions o;
    private final Path project;
    private final String gatewayUrl;
    private final long gatewayPid;

    RestPhases(BenchOptions o, Path project, String gatewayUrl, long gatewayPid) {
        this.o = o;
        this.project = project;
        this.gatewayUrl = gatewayUrl;
        this.gatewayPid = gatewayPid;
    }

    /**
     * REST intake at {@code --rest-rate}: sent, accepted, achieved rate and latency from each request's due time; then
     * a wait (at most {@code --drain-timeout}) until the shipments it started have finished, so that the phases after
     * it start on an idle gateway as this one did, not on its backlog.
     */
    Map<String, Object> fixedRate(OpenLoad load, LifecycleRun lifecycle, String tag)
            throws IOException, InterruptedException {
        Benchmark.log("phase 1, REST intake at a fixed " + o.restRate() + " requests/s for " + o.restDuration().toSeconds()
                + " s");
        int base = lifecycle.finishedAtSimulator();
        OpenLoad.Result fixed = load.run(i -> lifecycle.body(tag + "R", i), o.restRate(), o.restDuration(), null, 0,
                "REST fixed rate");
        Map<String, Object> rest = new LinkedHashMap<>();
        rest.put("tool", "OpenLoad (this benchmark's driver JVM, JDK HttpClient, constant rate, latency from each "
                + "request's due time)");
        rest.put("sent", fixed.sent());
        rest.put("accepted", fixed.answered(200, 202));
        rest.put("blockedOnOutstandingSeconds", Latencies.round(fixed.blockedSeconds()));
        rest.put("achievedPerSecond", Latencies.round(fixed.sent() / fixed.seconds()));
        rest.put("latency", Latencies.of(fixed.okLatencies()).toMap());
        Benchmark.log("REST fixed rate: " + fixed.answered(200, 202) + " of " + fixed.sent() + " accepted; "
                + Latencies.of(fixed.okLatencies()).brief());
        long t0 = System.nanoTime();
        int accepted = fixed.answered(200, 202);
        int finished = LifecycleRun.awaitFinished("REST fixed rate", lifecycle.finishedSince(base), accepted,
                o.drainTimeout());
        if (finished < accepted) {
            Benchmark.log("REST fixed rate: " + (accepted - finished) + " shipments still unfinished after "
                    + o.drainTimeout().toSeconds() + " s: the next phases share the cores with them");
        }
        rest.put("finishedAfterwards", finished);
        rest.put("drainSeconds", Latencies.round((System.nanoTime() - t0) / 1e9));
        return rest;
    }

    /** The wrk phases into {@code intake} ("saturation") and {@code result} ("httpFloor"), or why they were skipped. */
    void withWrk(String tag, Map<String, Object> intake, Map<String, Object> result)
            throws IOException, InterruptedException {
        if (!Saturation.wrkInstalled()) {
            Benchmark.log("wrk is not installed (apt-get install wrk): the saturation and HTTP floor phases are skipped");
            intake.put("saturation", Map.of("error", "wrk not installed"));
            return;
        }
        // The floor first, on the idle gateway: the saturation phase leaves a backlog whose work would be in its CPU.
        Benchmark.log("HTTP floor (wrk, " + o.saturation().toSeconds() + " s each): what a request costs the gateway "
                + "without the intake's work");
        Map<String, Object> floor = new LinkedHashMap<>();
        floor.put("liveness", Saturation.floor(project, gatewayUrl + "/actuator/health/liveness", null,
                o.wrkConnections(), o.saturation(), gatewayPid));
        floor.put("unknownResult", Saturation.floor(project, gatewayUrl + "/api/v1/results/000.00.12.H26/NO-SUCH-" + tag,
                Benchmark.API_KEY, o.wrkConnections(), o.saturation(), gatewayPid));
        result.put("httpFloor", floor);
        Benchmark.log("phase 1, REST intake at saturation (wrk) for " + o.saturation().toSeconds() + " s");
        intake.put("saturation", Saturation.submissions(project, gatewayUrl, Benchmark.API_KEY, tag, o.wrkConnections(),
                o.saturation(), gatewayPid));
    }
}
