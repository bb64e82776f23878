package vn.resultpost.gateway.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import vn.resultpost.gateway.topology.SharedInfrastructure;

/**
 * The benchmark of issue 8 ({@code bash scripts/benchmark.sh}; method in docs/benchmarks.md): starts the
 * simulators and the gateway's fat jar as processes of their own, measures start-up to ready, warms up,
 * then measures the full lifecycle, REST intake at a fixed rate and at saturation (wrk), stops the gateway
 * and runs the raw Artemis baseline; CPU and memory come from /proc. Prints progress and a table and
 * writes target/benchmark/result-&lt;stamp&gt;.json.
 */
public final class Benchmark {

    static final String API_KEY = "demo-only-api-key-dossier-system";
    private static final long T0 = System.nanoTime();

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions o;
        try {
            o = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
            System.exit(args.length > 0 && (args[0].equals("--help") || args[0].equals("-h")) ? 0 : 2);
            return;
        }
        Path project = Path.of(System.getProperty("bench.project", ".")).toAbsolutePath().normalize();
        Path jar = Path.of(System.getProperty("bench.jar")).toAbsolutePath();
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path work = o.workDir() != null ? o.workDir().toAbsolutePath() : project.resolve("target/benchmark/run-" + stamp);
        Files.createDirectories(work);
        Map<String, Object> result = new LinkedHashMap<>();
        List<String> flags = List.of(args);
        try (SharedInfrastructure infra = SharedInfrastructure.start(flags.contains("--postgres"),
                flags.contains("--external-broker"), false, work, "bench_" + stamp.replace("-", "_"))) {
            new Benchmark().run(o, infra, project, jar, work, result);
        } catch (Exception e) {
            log("RUN FAILED: " + e);
            result.put("error", e.toString());
        }
        List<BenchReport.Row> rows = BenchReport.rows(result);
        Path file = project.resolve("target/benchmark/result-" + stamp + ".json");
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), result);
        BenchReport.print(rows, System.out);
        log("result file " + file);
        System.exit(result.containsKey("error") ? 1 : 0);
    }

    void run(BenchOptions o, SharedInfrastructure infra, Path project, Path jar, Path work, Map<String, Object> r)
            throws Exception {
        r.put("date", Instant.now().toString());
        Map<String, Object> machine = Machine.describe(o.attached() ? null : jar);
        machine.put("diskDsyncWritesPerSecond", Machine.dsyncWritesPerSecond(work));
        r.put("machine", machine);
        r.put("topology", o.attached() ? "already running at " + o.gatewayUrl() : infra.describe());
        Map<String, Object> options = new LinkedHashMap<>(Map.of("lifecycleSeconds", o.lifecycleDuration().toSeconds(),
                "lifecycleRate", o.lifecycleRate(), "inFlight", o.inFlight(), "warmupSeconds", o.warmup().toSeconds(),
                "restRate", o.restRate(), "restSeconds", o.restDuration().toSeconds(),
                "saturationSeconds", o.saturation().toSeconds()));
        if (!o.attached()) { // the JVM and properties of a gateway already running are its own, unknown here
            options.putAll(Map.of("gatewayJvm", o.gatewayJvm(), "gatewayProperties", o.gatewayProperties(), "jfr", o.jfr()));
        }
        r.put("options", options);
        r.put("gatewayLaunch", o.attached() ? "already running (--gateway-url)"
                : System.getProperty("bench.launcher", "").isEmpty() ? "fat jar (--no-cds)"
                : "scripts/run-jar.sh (extracted, CDS archive)");
        log("work folder " + work + " (process logs, data)");
        log("topology: " + r.get("topology"));
        BenchProcesses procs = new BenchProcesses(o, project, work, infra.gatewayEnv());
        Runtime.getRuntime().addShutdownHook(new Thread(procs::stopAll));
        GatewayUnderTest gw = o.attached() ? GatewayUnderTest.attach(o, procs) : GatewayUnderTest.start(procs, jar, work);
        r.put("startup", gw.startup());

        AtomicLong peakRssKib = new AtomicLong();
        Thread sampler = GatewayChecks.rssSampler(gw.pid(), peakRssKib);
        String template = Files.readString(project.resolve("src/test/resources/fixtures/result-submission.json"));
        OpenLoad load = new OpenLoad(gw.url(), API_KEY);
        LifecycleRun lifecycle = new LifecycleRun(gw.simulatorUrl(), load, template);
        String tag = runTag();

        log("warm-up: full lifecycle at " + o.lifecycleRate() / 4 + "/s for " + o.warmup().toSeconds() + " s");
        r.put("warmup", lifecycle.run("warm-up", tag + "U", o.lifecycleRate() / 4, o.warmup(), 500, o.drainTimeout()));

        log("phase 2, full lifecycle: " + o.lifecycleRate() + " results/s offered for " + o.lifecycleDuration().toSeconds()
                + " s, at most " + o.inFlight() + " in flight");
        PhaseResources used = new PhaseResources(gw.pid(), gw.simulatorPid(), infra, gw.url());
        peakRssKib.set(0);
        AtomicLong outboxMax = new AtomicLong();
        Thread outbox = GatewayChecks.outboxSampler(gw.url(), outboxMax);
        Map<String, Object> life = lifecycle.run("lifecycle", tag + "L", o.lifecycleRate(), o.lifecycleDuration(),
                o.inFlight(), o.drainTimeout());
        outbox.interrupt();
        life.put("outboxPendingMax", outboxMax.get());
        int finished = (Integer) life.get("finished");
        gw.alive(work, "the lifecycle phase");
        Map<String, Object> res = new LinkedHashMap<>();
        r.put("resources", res);
        used.record(finished, res);
        res.put("lifecycleWallSeconds", Latencies.round((Double) life.get("submissionSeconds") + (Double) life.get("drainSeconds")));
        res.put("maxRssDuringLifecycleMib", Latencies.round(peakRssKib.get() / 1024.0));
        r.put("lifecycle", life);

        RestPhases restPhases = new RestPhases(o, project, gw.url(), gw.pid());
        Map<String, Object> intake = new LinkedHashMap<>();
        intake.put("fixedRate", restPhases.fixedRate(load, lifecycle, tag));
        r.put("restIntake", intake);
        gw.alive(work, "the REST fixed-rate phase");
        restPhases.withWrk(tag, intake, r);

        res.put("peakRssMib", Latencies.round(ProcStats.peakRssMib(gw.pid())));
        res.put("maxRssSampledMib", Latencies.round(peakRssKib.get() / 1024.0));
        sampler.interrupt();
        if (gw.startedHere()) {
            log("stopping the gateway and the simulators");
            gw.stop();
            log("reading what each H2 commit wrote (bench/H2Chunks)");
            try {
                H2Chunks.record(work.resolve("gateway-data"), res);
            } catch (Exception e) {
                log("could not read the gateway's H2 file: " + e);
            }
        } else {
            log("the running gateway is left running (its H2 file is not read: bench/H2Chunks needs it stopped)");
        }

        if (o.baseline()) {
            if (!gw.awaitIdle(o.drainTimeout())) {
                log("the running gateway was still busy after " + o.drainTimeout().toSeconds() + " s: the baseline shares "
                        + "the cores with it");
            }
            r.put("artemisBaseline", BaselinePhase.run(procs, work, Math.max(1000, finished)));
        }
    }

    /** A short tag that makes this run's dossier codes new ones (base 36 of the clock). */
    static String runTag() {
        return Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase(Locale.ROOT);
    }

    static void log(String message) {
        System.out.printf(Locale.ROOT, "[bench] %7.1fs %s%n", (System.nanoTime() - T0) / 1e9, message);
        System.out.flush();
    }
}
