package vn.resultpost.gateway.chaos;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.MigratedDatabase;
import vn.resultpost.gateway.topology.SharedInfrastructure;
import vn.resultpost.gateway.tracking.StatusTable;
import vn.resultpost.gateway.tracking.StatusTables;

/**
 * Chaos harness of the gateway (issue "Reliability"). Runs the simulators and the gateway as two
 * separate processes, pushes results over REST, kills the gateway with SIGKILL at random moments and
 * restarts it on the same data folder, has the operator fail a share of create calls for a stretch and
 * the dossier system's callback endpoint down for a stretch, heals everything, waits until every
 * result reached a final status, then checks the simulators' own records (see {@link ChaosCheck}) and
 * the gateway's database. Prints a table; {@link #main} exits 1 if anything was lost, duplicated or
 * misordered. Run it with {@code bash scripts/chaos.sh} (see docs/reliability.md).
 *
 * <p>With {@code --cluster N} it runs N gateway instances on one PostgreSQL schema and one standalone Artemis
 * broker behind a load balancer, and the kills take the instances in turn while the others go on
 * (docs/deployment.md, "Proof").
 */
public final class ChaosHarness implements ExplainedChaosRun.Run {

    /** The demo dossier system's API key (config/application.yml, demo only). */
    static final String API_KEY = System.getProperty("chaos.api-key", "demo-only-api-key-dossier-system");


    static final List<String> AGENCIES = List.of("000.00.12.H26", "000.00.15.H26");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LAST_LOG_LINES = 30;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final ChaosOptions o;
    private final Random random;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private Path work;
    private ProcessLauncher launcher;
    private SharedInfrastructure infra;
    private LoadBalancer balancer;
    private final List<GatewayInstance> gateways = new ArrayList<>();
    /** Where clients and the simulated carrier reach the gateway: the load balancer, or the one instance. */
    private int entryPort;
    private int simulatorPort;
    private ChaosSimulator simulator;
    private Instant started;
    private volatile boolean stopping;

    // What was submitted: per result index, its body, whether accepted, and the shipment ids answered.
    private String[] keys;
    private String[] bodies;
    private final AtomicReferenceArray<Boolean> accepted;
    private final Map<Integer, Set<String>> shipmentIds = new ConcurrentHashMap<>();
    private final AtomicInteger acceptedCount = new AtomicInteger();
    private final AtomicInteger submitAttempts = new AtomicInteger();
    private final AtomicInteger nextResult = new AtomicInteger();
    private final List<String> killLog = new ArrayList<>();
    /** The harness's last log lines, for a test's failure message (CI shows that, not the test's output file). */
    private final Deque<String> lastLog = new ArrayDeque<>();

    public ChaosHarness(ChaosOptions options) {
        this.o = options.validated();
        long seed = options.seed() != 0 ? options.seed() : System.nanoTime();
        this.random = new Random(seed);
        this.accepted = new AtomicReferenceArray<>(options.results());
        log("seed " + seed);
    }

    public static void main(String[] args) {
        ChaosOptions options;
        try {
            options = ChaosOptions.parse(args);
        } catch (ChaosOptions.HelpRequested help) {
            System.out.println(help.getMessage());
            return;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        ChaosReport report;
        try {
            report = new ChaosHarness(options).run();
        } catch (Exception e) {
            System.err.println("[chaos] harness failed: " + e);
            e.printStackTrace();
            System.exit(3);
            return;
        }
        System.exit(report.clean() ? 0 : 1);
    }

    /** Runs the whole scenario and returns what it found; the processes it started are stopped before it returns. */
    @Override
    public ChaosReport run() throws Exception {
        Thread cleanup = new Thread(this::stopEverything, "chaos-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            prepare();
            return chaos();
        } finally {
            stopping = true;
            stopEverything();
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException ignored) {
                // the JVM is shutting down already
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Set-up

    private void prepare() throws Exception {
        Path project = o.projectDir().toAbsolutePath().normalize();
        if (!Files.isRegularFile(project.resolve("config/application.yml")) || !Files.isDirectory(project.resolve("routes"))) {
            throw new IllegalStateException(project + " is not the repository root (no config/application.yml, routes/)");
        }
        work = o.workDir() != null ? Files.createDirectories(o.workDir().toAbsolutePath())
                : Files.createTempDirectory("gateway-chaos-" + LocalDateTime.now().format(STAMP) + "-");
        if (Files.exists(work.resolve("gateway-data"))) {
            throw new IllegalStateException(work.resolve("gateway-data") + " exists already: give an empty --work-dir");
        }
        launcher = new ProcessLauncher(project, work);
        simulatorPort = freePort();

        String tag = Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase(Locale.ROOT);
        keys = new String[o.results()];
        bodies = new String[o.results()];
        String template = Fixtures.read("result-submission.json");
        for (int i = 0; i < o.results(); i++) {
            String agency = AGENCIES.get(i % AGENCIES.size());
            String dossier = agency + "-C" + tag + "-" + String.format("%06d", i + 1);
            keys[i] = agency + "/" + dossier;
            bodies[i] = template.replace("000.00.12.H26", agency).replace("DOSSIER_CODE", dossier);
        }
        log("work folder " + work);
        infra = SharedInfrastructure.start(o.postgres(), o.externalBroker(), o.brokerFailoverAt() >= 0, work,
                "chaos_" + tag);
        List<String> command = gatewayCommand();
        Map<String, String> env = new HashMap<>(infra.gatewayEnv());
        if (o.postgres()) {
            env.put("DATABASE_POOL_SIZE", "10");
        }
        String sim = "http://localhost:" + simulatorPort;
        env.putAll(Map.of("VNPOST_BASE_URL", sim + "/simulator/vnpost",
                "DOSSIER_CALLBACK_URL", sim + "/simulator/dossier/callbacks", "SIMULATOR_ENABLED", "false"));
        List<Integer> ports = new ArrayList<>();
        for (int n = 1; n <= o.instances(); n++) {
            Path data = Files.createDirectories(work.resolve(n == 1 ? "gateway-data" : "gateway-data-" + n));
            ports.add(freePort());
            gateways.add(new GatewayInstance(n, ports.get(n - 1), data, work, launcher, command, env, http));
        }
        entryPort = ports.get(0);
        if (o.instances() > 1) {
            entryPort = freePort();
            balancer = new LoadBalancer(entryPort, ports);
        }
        log(o.instances() + " gateway instance(s) on port(s) " + ports + (balancer != null ? " behind a load balancer on "
                + entryPort : "") + ", " + infra.describe() + "; simulator port " + simulatorPort);
        log(String.format(Locale.ROOT, "options: %d results (%s), %d kills, %d clients, scenario %s, step delay %d ms, "
                        + "operator failures %.0f%% (+%.0f%% lost replies) from progress %.2f for %d s, callbacks down "
                        + "from progress %.2f for %d s, timeout %d min%s",
                o.results(), o.rate() > 0 ? "at most " + o.rate() + "/s" : "no rate limit", o.kills(), o.clients(),
                o.scenario(), o.stepDelay().toMillis(), o.operatorFailureShare() * 100, o.operatorLostReplyShare() * 100,
                o.operatorFailuresAt(), o.operatorFailuresFor().toSeconds(), o.callbacksDownAt(),
                o.callbacksDownFor().toSeconds(), o.timeout().toMinutes(), o.strictOnce() ? ", strict once" : ""));
    }

    /** The command line of every gateway instance, without its port and data folder. */
    private List<String> gatewayCommand() throws IOException {
        List<String> cmd = launcher.java(o.gatewayHeap(), "vn.resultpost.gateway.GatewayApplication");
        // Every result goes to VNPost: the harness checks the VNPost simulator's records.
        Path routing = work.resolve("routing.yml");
        if (!Files.exists(routing)) {
            Files.writeString(routing, "version: chaos\ndefault: vnpost\nrules: []\n");
        }
        cmd.addAll(List.of(
                "--gateway.routing.file=" + routing,
                "--simulator.enabled=false",
                "--gateway.redelivery.initial-delay-ms=200",
                "--gateway.redelivery.max-delay-ms=2000"));
        o.gatewayProperties().forEach(p -> cmd.add(p.startsWith("--") ? p : "--" + p));
        return List.copyOf(cmd);
    }

    private void startGateway(GatewayInstance g) throws IOException {
        Path log = g.start();
        log("gateway " + g.number() + " start #" + g.starts() + ", log " + log);
    }

    // ---------------------------------------------------------------------------------------------
    // The run

    private ChaosReport chaos() throws Exception {
        Instant deadline = Instant.now().plus(o.timeout());
        simulator = new ChaosSimulator(simulatorPort, work, http, this::log);
        simulator.start(launcher, o, entryPort);
        simulator.awaitUp(deadline);
        for (GatewayInstance g : gateways) {
            startGateway(g);
        }
        for (GatewayInstance g : gateways) {
            awaitReady(g, deadline);
        }
        simulator.setFaults(0, 0, false);
        KillSchedule killSchedule = new KillSchedule(o, random);
        log("kills due at progress " + killSchedule.describe());
        FaultStretches faults = new FaultStretches(o, simulator, this::log);

        started = Instant.now();
        ExecutorService clients = Executors.newFixedThreadPool(o.clients(), r -> {
            Thread t = new Thread(r, "chaos-client");
            t.setDaemon(true);
            return t;
        });
        for (int c = 0; c < o.clients(); c++) {
            clients.submit(() -> submitLoop(deadline));
        }
        clients.shutdown();

        Instant nextStatus = Instant.now();
        Instant lastFinishedChange = Instant.now();
        int lastFinished = -1;
        boolean timedOut = false;
        while (true) {
            Instant now = Instant.now();
            if (now.isAfter(deadline)) {
                timedOut = true;
                log("TIMEOUT: the run did not finish within " + o.timeout());
                break;
            }
            int finished = simulator.dossierStats().path("finished").asInt();
            if (finished != lastFinished) {
                lastFinished = finished;
                lastFinishedChange = now;
            }
            double progress = (acceptedCount.get() + finished) / (2.0 * o.results());

            // The gateways: restart one that died, note when it is ready again.
            for (GatewayInstance g : gateways) {
                if (!g.alive()) {
                    log("gateway " + g.number() + " exited by itself with code " + g.exitValue() + " — restarting");
                    startGateway(g);
                }
                if (g.readyAt() == null && g.checkReady()) {
                    log(String.format("gateway %d ready (start #%d)", g.number(), g.starts()));
                }
            }
            GatewayInstance target = killSchedule.due(progress, now, gateways);
            if (target != null) {
                kill(target, killSchedule.made(), progress, finished);
                startGateway(target);
            }
            // The broker's failover: the HA pair's primary dies at a progress point, its backup takes over.
            if (o.brokerFailoverAt() >= 0 && infra.primaryAlive() && progress >= o.brokerFailoverAt()) {
                String line = String.format("broker failover at %6.1fs, progress %.3f: %s", secondsSince(started),
                        progress, infra.killPrimary());
                killLog.add(line);
                log("KILL " + line);
            }
            faults.step(progress, now);

            if (!now.isBefore(nextStatus)) {
                nextStatus = now.plusSeconds(10);
                log(String.format("progress %.3f: accepted %d/%d, finished %d, kills %d/%d, gateways up %d/%d%s",
                        progress, acceptedCount.get(), o.results(), finished, killSchedule.made(), o.kills(),
                        gateways.stream().filter(g -> g.readyAt() != null).count(), gateways.size(), faults.describe()));
                if (Duration.between(lastFinishedChange, now).toSeconds() >= 60 && finished < o.results()) {
                    log("no result finished for " + Duration.between(lastFinishedChange, now).toSeconds() + "s");
                }
            }

            boolean chaosOver = killSchedule.done() && faults.over() && !infra.primaryAlive();
            if (chaosOver && clients.isTerminated() && finished >= o.results()) {
                break;
            }
            if (clients.isTerminated() && acceptedCount.get() < o.results() && chaosOver && finished >= acceptedCount.get()) {
                break; // some results could not be submitted before the deadline: nothing more will come
            }
            Thread.sleep(200);
        }
        Instant done = Instant.now();
        stopping = true;
        clients.shutdownNow();
        simulator.setFaults(0, 0, false);
        for (GatewayInstance g : gateways) {
            if (g.readyAt() == null) {
                awaitReady(g, Instant.now().plusSeconds(120));
            }
        }
        log("all results finished or the deadline passed: collecting the simulators' records");
        ChaosSimulator.Records records = simulator.records();
        List<ChaosCheck.Submitted> submitted = new ArrayList<>();
        for (int i = 0; i < o.results(); i++) {
            String[] k = keys[i].split("/", 2);
            submitted.add(new ChaosCheck.Submitted(k[0], k[1], Boolean.TRUE.equals(accepted.get(i)),
                    shipmentIds.getOrDefault(i, Set.of())));
        }
        StatusTable table = new StatusTables(o.projectDir().toAbsolutePath().resolve("config/operators"))
                .find("vnpost").orElseThrow();
        ChaosCheck.Findings findings = ChaosCheck.check(submitted, records.orders(), records.received(),
                code -> table.lookup(code).flatMap(StatusTable.Entry::status).orElse(null), o.strictOnce());

        // The gateway's own state after a graceful stop: outbox empty, every entry reported, every shipment final.
        Map<String, Object> db = stopGatewaysAndReadDatabase();

        ChaosReport report = new ChaosReport(o, work, findings, records.vnpostStats(), records.dossierStats(), db,
                killSchedule.made(), gateways.stream().mapToInt(GatewayInstance::starts).sum(), submitAttempts.get(),
                Duration.between(started, done), timedOut, List.copyOf(killLog));
        report.print(System.out);
        return report;
    }

    /** Each client takes the next result and submits it until the gateway answers 200 or 202. */
    private void submitLoop(Instant deadline) {
        int i;
        while (!stopping && (i = nextResult.getAndIncrement()) < o.results()) {
            if (o.rate() > 0) {
                long due = started.toEpochMilli() + (long) (i * 1000 / o.rate());
                long wait = due - System.currentTimeMillis();
                if (wait > 0 && !pause(wait)) {
                    return;
                }
            }
            long backoff = 100;
            while (!stopping && Instant.now().isBefore(deadline)) {
                submitAttempts.incrementAndGet();
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                                    URI.create("http://localhost:" + entryPort + "/api/v1/results"))
                            .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                            .header("X-API-Key", API_KEY)
                            .POST(HttpRequest.BodyPublishers.ofString(bodies[i])).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200 || r.statusCode() == 202) {
                        String id = JSON.readTree(r.body()).path("shipmentId").asText();
                        shipmentIds.computeIfAbsent(i, k -> ConcurrentHashMap.newKeySet()).add(id);
                        if (accepted.getAndSet(i, true) == null) {
                            acceptedCount.incrementAndGet();
                        }
                        break;
                    }
                    if (r.statusCode() == 400 || r.statusCode() == 401 || r.statusCode() == 403
                            || r.statusCode() == 409) {
                        log("result " + keys[i] + " refused with HTTP " + r.statusCode() + ": " + r.body());
                        break;
                    }
                } catch (IOException e) {
                    // gateway down or killed mid-request: retry
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (!pause(backoff)) {
                    return;
                }
                backoff = Math.min(1000, backoff * 2);
            }
        }
    }

    private void kill(GatewayInstance g, int n, double progress, int finished) throws InterruptedException {
        long pid = g.pid();
        long uptime = Duration.between(g.readyAt(), Instant.now()).toMillis();
        int code = g.kill(); // SIGKILL on Linux
        String line = String.format("kill %2d at %6.1fs: gateway %d pid %d, exit code %d%s, progress %.3f, accepted %d, "
                        + "finished %d, up %.1fs since ready", n, secondsSince(started), g.number(), pid, code,
                code == 137 ? " (SIGKILL)" : "", progress, acceptedCount.get(), finished, uptime / 1000.0);
        killLog.add(line);
        log("KILL " + line);
    }

    // ---------------------------------------------------------------------------------------------
    // End of the run: the gateway's database

    private Map<String, Object> stopGatewaysAndReadDatabase() throws InterruptedException {
        Map<String, Object> db = new LinkedHashMap<>();
        List<String> stops = new ArrayList<>();
        gateways.forEach(GatewayInstance::terminate); // SIGTERM to all at once: they shut down side by side
        for (GatewayInstance g : gateways) {
            boolean graceful = g.awaitStopped();
            stops.add(graceful ? "yes, exit code " + g.exitValue() : "NO (killed after 90 s)");
        }
        db.put("graceful stop", String.join("; ", stops));
        GatewayDatabase database = infra.schemaUrl() != null
                ? GatewayDatabase.postgres(infra.schemaUrl(), MigratedDatabase.PG_USER)
                : GatewayDatabase.h2(gateways.get(0).dataDir());
        db.putAll(database.endState());
        if (!o.externalBroker() && !"none".equals(db.get("first shipments not final"))) {
            db.put("broker journal", BrokerJournal.describe(gateways.get(0).dataDir(), work.resolve("broker-journal.txt")));
        }
        for (String id : StuckShipmentTrail.ids(db.get("first shipments not final")).stream().limit(3).toList()) {
            db.put("log lines of " + id, "\n  " + String.join("\n  ", StuckShipmentTrail.of(work, id)));
        }
        return db;
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers

    private void awaitReady(GatewayInstance g, Instant deadline) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            Instant giveUp = min(deadline, Instant.now().plusSeconds(300));
            while (Instant.now().isBefore(giveUp) && g.alive()) {
                if (g.checkReady()) {
                    log("gateway " + g.number() + " ready (start #" + g.starts() + ")");
                    return;
                }
                Thread.sleep(200);
            }
            if (attempt >= 3 || !Instant.now().isBefore(deadline)) {
                throw new IllegalStateException("gateway " + g.number() + " did not become ready; see " + g.logFile());
            }
            log("gateway " + g.number() + " start #" + g.starts() + " failed (alive " + g.alive() + "); starting again");
            if (g.alive()) {
                g.kill();
            }
            startGateway(g);
        }
    }

    private boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void stopEverything() {
        if (launcher != null) {
            launcher.stopAll();
        }
        if (balancer != null) {
            balancer.close();
        }
        if (infra != null) {
            infra.close();
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static double secondsSince(Instant t) {
        return Duration.between(t, Instant.now()).toMillis() / 1000.0;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private void log(String message) {
        String at = started == null ? "" : String.format("%7.1fs ", secondsSince(started));
        String line = "[chaos] " + at + message;
        synchronized (lastLog) {
            lastLog.addLast(line);
            if (lastLog.size() > LAST_LOG_LINES) {
                lastLog.removeFirst();
            }
        }
        System.out.println(line);
        System.out.flush();
    }

    /** The last log lines of the run so far (at most {@value #LAST_LOG_LINES}), one per line. */
    @Override
    public String lastLog() {
        synchronized (lastLog) {
            return String.join("\n", lastLog);
        }
    }
}
