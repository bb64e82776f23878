package vn.resultpost.gateway.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        try (BenchInfrastructure infra = BenchInfrastructure.start(args, work, stamp)) {
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

    void run(BenchOptions o, BenchInfrastructure infra, Path project, Path jar, Path work, Map<String, Object> r)
            throws Exception {
        r.put("date", Instant.now().toString());
        r.put("machine", Machine.describe(jar));
        r.put("topology", infra.describe());
        r.put("options", Map.of("lifecycleSeconds", o.lifecycleDuration().toSeconds(), "lifecycleRate", o.lifecycleRate(),
                "inFlight", o.inFlight(), "warmupSeconds", o.warmup().toSeconds(), "restRate", o.restRate(),
                "restSeconds", o.restDuration().toSeconds(), "saturationSeconds", o.saturation().toSeconds(),
                "gatewayJvm", o.gatewayJvm(), "gatewayProperties", o.gatewayProperties(), "jfr", o.jfr()));
        r.put("gatewayLaunch", System.getProperty("bench.launcher", "").isEmpty() ? "fat jar (--no-cds)"
                : "scripts/run-jar.sh (extracted, CDS archive)");
        log("work folder " + work + " (process logs, data)");
        log("topology: " + infra.describe());
        BenchProcesses procs = new BenchProcesses(o, project, work, infra.gatewayEnv());
        Runtime.getRuntime().addShutdownHook(new Thread(procs::stopAll));
        String gatewayUrl = "http://localhost:" + procs.gatewayPort;
        String simulatorUrl = "http://localhost:" + procs.simulatorPort;
        Process simulator = procs.startSimulator();
        if (!procs.awaitUp(simulator, simulatorUrl + "/simulator/dossier/stats", "finished", java.time.Duration.ofMinutes(3))) {
            throw new IllegalStateException("the simulators did not start; see " + work.resolve("simulator.log"));
        }
        log("simulators up on port " + procs.simulatorPort + " (zero think time, every shipment delivered)");

        // Start-up: from launching the JVM to the readiness probe answering UP, on a fresh data folder.
        long launched = System.nanoTime();
        Process gateway = procs.startGateway(jar, work.resolve("gateway-data"));
        if (!procs.awaitUp(gateway, gatewayUrl + "/actuator/health/readiness", "\"UP\"", java.time.Duration.ofMinutes(3))) {
            throw new IllegalStateException("the gateway did not become ready; see " + work.resolve("gateway.log"));
        }
        double startup = (System.nanoTime() - launched) / 1e9;
        Map<String, Object> start = new LinkedHashMap<>();
        start.put("secondsToReady", Latencies.round(startup));
        start.put("springReportedSeconds", springStarted(work.resolve("gateway.log")));
        start.put("rssAtReadyMib", Latencies.round(ProcStats.rssMib(gateway.pid())));
        r.put("startup", start);
        log(String.format("gateway ready in %.1f s (pid %d, RSS %.0f MiB)", startup, gateway.pid(),
                ProcStats.rssMib(gateway.pid())));

        AtomicLong peakRssKib = new AtomicLong();
        Thread sampler = sampler(gateway.pid(), peakRssKib);
        String template = Files.readString(project.resolve("src/test/resources/fixtures/result-submission.json"));
        OpenLoad load = new OpenLoad(gatewayUrl, API_KEY);
        LifecycleRun lifecycle = new LifecycleRun(simulatorUrl, load, template);
        String tag = Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase(Locale.ROOT);

        log("warm-up: full lifecycle at " + o.lifecycleRate() / 4 + "/s for " + o.warmup().toSeconds() + " s");
        r.put("warmup", lifecycle.run("warm-up", tag + "U", o.lifecycleRate() / 4, o.warmup(), 500, o.drainTimeout()));

        log("phase 2, full lifecycle: " + o.lifecycleRate() + " results/s offered for " + o.lifecycleDuration().toSeconds()
                + " s, at most " + o.inFlight() + " in flight");
        double cpu0 = ProcStats.cpuSeconds(gateway.pid());
        double simCpu0 = ProcStats.cpuSeconds(simulator.pid());
        double self0 = ProcStats.cpuSeconds(ProcessHandle.current().pid());
        double broker0 = infra.brokerPid() < 0 ? 0 : ProcStats.cpuSeconds(infra.brokerPid());
        peakRssKib.set(0);
        Map<String, Object> life = lifecycle.run("lifecycle", tag + "L", o.lifecycleRate(), o.lifecycleDuration(),
                o.inFlight(), o.drainTimeout());
        int finished = (Integer) life.get("finished");
        checkAlive(gateway, work, "the lifecycle phase");
        double cpu = ProcStats.cpuSeconds(gateway.pid()) - cpu0;
        Map<String, Object> res = new LinkedHashMap<>();
        r.put("resources", res);
        res.put("gatewayCpuSeconds", Latencies.round(cpu));
        res.put("gatewayCpuSecondsPerShipment", finished == 0 ? null : Math.round(cpu / finished * 10000) / 10000.0);
        res.put("simulatorCpuSeconds", Latencies.round(ProcStats.cpuSeconds(simulator.pid()) - simCpu0));
        res.put("driverCpuSeconds", Latencies.round(ProcStats.cpuSeconds(ProcessHandle.current().pid()) - self0));
        if (infra.brokerPid() >= 0) {
            res.put("brokerCpuSeconds", Latencies.round(ProcStats.cpuSeconds(infra.brokerPid()) - broker0));
        }
        res.put("lifecycleWallSeconds", Latencies.round((Double) life.get("submissionSeconds") + (Double) life.get("drainSeconds")));
        res.put("maxRssDuringLifecycleMib", Latencies.round(peakRssKib.get() / 1024.0));
        r.put("lifecycle", life);

        log("phase 1, REST intake at a fixed " + o.restRate() + " requests/s for " + o.restDuration().toSeconds() + " s");
        OpenLoad.Result fixed = load.run(i -> lifecycle.body(tag + "R", i), o.restRate(), o.restDuration(), null, 0, "REST fixed rate");
        Map<String, Object> rest = new LinkedHashMap<>();
        rest.put("tool", "OpenLoad (this benchmark's driver JVM, JDK HttpClient, constant rate, latency from each "
                + "request's due time)");
        rest.put("sent", fixed.sent());
        rest.put("accepted", fixed.answered(200, 202));
        rest.put("blockedOnOutstandingSeconds", Latencies.round(fixed.blockedSeconds()));
        rest.put("achievedPerSecond", Latencies.round(fixed.sent() / fixed.seconds()));
        rest.put("latency", Latencies.of(fixed.okLatencies()).toMap());
        log("REST fixed rate: " + fixed.answered(200, 202) + " of " + fixed.sent() + " accepted; "
                + Latencies.of(fixed.okLatencies()).brief());
        checkAlive(gateway, work, "the REST fixed-rate phase");
        Map<String, Object> intake = new LinkedHashMap<>();
        intake.put("fixedRate", rest);
        r.put("restIntake", intake);
        if (Saturation.wrkInstalled()) {
            log("phase 1, REST intake at saturation (wrk) for " + o.saturation().toSeconds() + " s");
            intake.put("saturation", Saturation.submissions(project, gatewayUrl, API_KEY, tag, o.wrkConnections(),
                    o.saturation(), gateway.pid()));
            log("HTTP floor (wrk, " + o.saturation().toSeconds() + " s each): what a request costs the gateway "
                    + "without the intake's work");
            Map<String, Object> floor = new LinkedHashMap<>();
            floor.put("liveness", Saturation.floor(project, gatewayUrl + "/actuator/health/liveness", null,
                    o.wrkConnections(), o.saturation(), gateway.pid()));
            floor.put("unknownResult", Saturation.floor(project, gatewayUrl + "/api/v1/results/000.00.12.H26/NO-SUCH-"
                    + tag, API_KEY, o.wrkConnections(), o.saturation(), gateway.pid()));
            r.put("httpFloor", floor);
        } else {
            log("wrk is not installed (apt-get install wrk): the saturation and HTTP floor phases are skipped");
            intake.put("saturation", Map.of("error", "wrk not installed"));
        }

        res.put("peakRssMib", Latencies.round(ProcStats.peakRssMib(gateway.pid())));
        res.put("maxRssSampledMib", Latencies.round(peakRssKib.get() / 1024.0));
        sampler.interrupt();
        log("stopping the gateway and the simulators");
        BenchProcesses.stop(gateway);
        BenchProcesses.stop(simulator);

        if (o.baseline()) {
            int shipments = Math.max(1000, finished);
            log("phase 3, raw Artemis baseline: the messages of " + shipments + " shipments ("
                    + shipments * ArtemisBaseline.PER_SHIPMENT + "), durable and transacted, in a JVM of its own");
            r.put("artemisBaseline", baseline(procs, work, shipments));
        }
    }

    private Map<String, Object> baseline(BenchProcesses procs, Path work, int shipments) throws Exception {
        Path argFile = work.resolve("classpath.args");
        Process p = procs.start(List.of(BenchProcesses.java(), "-Xmx512m", "@" + argFile,
                ArtemisBaseline.class.getName(), work.resolve("baseline-data").toString(), Integer.toString(shipments)),
                Map.of(), work.resolve("baseline.log"));
        p.waitFor();
        for (String line : Files.readAllLines(work.resolve("baseline.log"))) {
            if (line.startsWith("BASELINE-JSON ")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> m = new ObjectMapper().readValue(line.substring(14), Map.class);
                log("baseline: " + m);
                return m;
            }
        }
        return Map.of("error", "the baseline ended with code " + p.exitValue() + "; see " + work.resolve("baseline.log"));
    }

    /** Stops the run with a clear message when the gateway died (e.g. OutOfMemoryError: see its log). */
    private static void checkAlive(Process gateway, Path work, String phase) throws InterruptedException {
        if (!gateway.isAlive()) {
            String why = "the gateway died during " + phase + " with exit code " + gateway.waitFor() + "; see "
                    + work.resolve("gateway.log");
            log(why);
            throw new IllegalStateException(why);
        }
    }

    /** Samples the gateway's resident set every second, keeping the largest. */
    private static Thread sampler(long pid, AtomicLong maxKib) {
        Thread t = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                maxKib.accumulateAndGet((long) (ProcStats.rssMib(pid) * 1024), Math::max);
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-rss-sampler");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static Double springStarted(Path log) throws IOException {
        Pattern p = Pattern.compile("Started \\w+ in ([0-9.]+) seconds");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(log), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                Matcher m = p.matcher(line);
                if (m.find()) {
                    return Double.parseDouble(m.group(1));
                }
            }
        }
        return null;
    }

    static void log(String message) {
        System.out.printf(Locale.ROOT, "[bench] %7.1fs %s%n", (System.nanoTime() - T0) / 1e9, message);
        System.out.flush();
    }
}
