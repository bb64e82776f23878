package vn.resultpost.gateway.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The gateway a benchmark run measures and the simulators it calls: either started by the benchmark (the gateway's
 * jar, the simulators in a JVM of their own, start-up timed) or already running on this machine ({@code
 * --gateway-url}), its process found by the port it listens on, so that its CPU and memory can be read from /proc.
 *
 * @param url          the gateway's base URL
 * @param pid          its process
 * @param simulatorUrl the simulators' base URL (the simulated dossier system receives the reports)
 * @param simulatorPid their process, or -1 when they are the gateway's built-in ones (their CPU is in the gateway's)
 * @param startup      the start-up measurement, or what is known of a gateway that was already running
 * @param gateway      the gateway's process when the benchmark started it, else null
 * @param simulator    the simulators' process when the benchmark started them, else null
 */
record GatewayUnderTest(String url, long pid, String simulatorUrl, long simulatorPid, Map<String, Object> startup,
                        Process gateway, Process simulator) {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    /** Starts the simulators, then the gateway on a fresh data folder, timing its start to readiness. */
    static GatewayUnderTest start(BenchProcesses procs, Path jar, Path work) throws Exception {
        String gatewayUrl = "http://localhost:" + procs.gatewayPort;
        String simulatorUrl = "http://localhost:" + procs.simulatorPort;
        Process simulator = procs.startSimulator();
        if (!procs.awaitUp(simulator.toHandle(), simulatorUrl + "/simulator/dossier/stats", "finished", START_TIMEOUT)) {
            throw new IllegalStateException("the simulators did not start; see " + work.resolve("simulator.log"));
        }
        Benchmark.log("simulators up on port " + procs.simulatorPort + " (zero think time, every shipment delivered)");

        // Start-up: from launching the JVM to the readiness probe answering UP, on a fresh data folder.
        long launched = System.nanoTime();
        Process gateway = procs.startGateway(jar, work.resolve("gateway-data"));
        if (!procs.awaitUp(gateway.toHandle(), gatewayUrl + "/actuator/health/readiness", "\"UP\"", START_TIMEOUT)) {
            throw new IllegalStateException("the gateway did not become ready; see " + work.resolve("gateway.log"));
        }
        double seconds = (System.nanoTime() - launched) / 1e9;
        Map<String, Object> start = new LinkedHashMap<>();
        start.put("secondsToReady", Latencies.round(seconds));
        start.put("springReportedSeconds", GatewayChecks.springStarted(work.resolve("gateway.log")));
        start.put("rssAtReadyMib", Latencies.round(ProcStats.rssMib(gateway.pid())));
        Benchmark.log(String.format("gateway ready in %.1f s (pid %d, RSS %.0f MiB)", seconds, gateway.pid(),
                ProcStats.rssMib(gateway.pid())));
        return new GatewayUnderTest(gatewayUrl, gateway.pid(), simulatorUrl, simulator.pid(), start, gateway, simulator);
    }

    /** Finds the running gateway and its simulators by their ports and checks that both answer. */
    static GatewayUnderTest attach(BenchOptions o, BenchProcesses procs) throws Exception {
        String simulatorUrl = o.simulatorUrl() == null ? o.gatewayUrl() : o.simulatorUrl();
        long pid = localPid(o.gatewayUrl(), "gateway");
        long simulatorPid = localPid(simulatorUrl, "simulators");
        if (!procs.awaitUp(ProcessHandle.of(pid).orElseThrow(), o.gatewayUrl() + "/actuator/health/readiness",
                "\"UP\"", START_TIMEOUT)) {
            throw new IllegalStateException("the gateway at " + o.gatewayUrl() + " is not ready (readiness not UP)");
        }
        if (!procs.awaitUp(ProcessHandle.of(simulatorPid).orElseThrow(), simulatorUrl + "/simulator/dossier/stats",
                "finished", Duration.ofSeconds(10))) {
            throw new IllegalStateException("no simulated dossier system at " + simulatorUrl + "/simulator/dossier/stats: "
                    + "start the gateway with its built-in simulators (scripts/benchmark/builtin-simulators.yml) or "
                    + "give --simulator-url");
        }
        Map<String, Object> start = new LinkedHashMap<>();
        start.put("alreadyRunning", true);
        start.put("pid", pid);
        start.put("rssAtAttachMib", Latencies.round(ProcStats.rssMib(pid)));
        Benchmark.log(String.format("driving the running gateway at %s (pid %d, RSS %.0f MiB), simulators %s", o.gatewayUrl(),
                pid, ProcStats.rssMib(pid), simulatorPid == pid ? "built in" : "at " + simulatorUrl + " (pid " + simulatorPid + ")"));
        return new GatewayUnderTest(o.gatewayUrl(), pid, simulatorUrl, simulatorPid == pid ? -1 : simulatorPid, start,
                null, null);
    }

    /** Whether the benchmark started this gateway (and may stop it, and read its data folder). */
    boolean startedHere() {
        return gateway != null;
    }

    /** Stops the run with a clear message when the gateway is gone. */
    void alive(Path work, String phase) throws InterruptedException {
        if (gateway != null) {
            GatewayChecks.alive(gateway, work, phase);
        } else {
            GatewayChecks.alive(pid, phase);
        }
    }

    /**
     * Waits until a gateway that was already running is idle (under 10 % of a core over 5 s; an idle gateway with its
     * built-in simulators uses ~6 %, its timers and the once-a-second H2 sync), so that the baseline
     * after it does not share the cores with the backlog the REST phases left; one the benchmark started is stopped
     * by then. False if it was still busy when {@code timeout} ran out.
     */
    boolean awaitIdle(Duration timeout) throws InterruptedException {
        if (startedHere()) {
            return true;
        }
        long giveUp = System.nanoTime() + timeout.toNanos();
        double before = ProcStats.cpuSeconds(pid);
        while (System.nanoTime() < giveUp) {
            Thread.sleep(5000);
            double now = ProcStats.cpuSeconds(pid);
            if (!(now - before >= 0.5)) { // NaN (the process is gone) ends the wait too
                return true;
            }
            Benchmark.log(String.format("the running gateway is still busy (%.1f CPU-s in 5 s): waiting before the "
                    + "baseline", now - before));
            before = now;
        }
        return false;
    }

    /** Stops what the benchmark started; a gateway that was already running is left running. */
    void stop() throws InterruptedException {
        BenchProcesses.stop(gateway);
        BenchProcesses.stop(simulator);
    }

    private static long localPid(String url, String what) {
        URI u = URI.create(url);
        if (!isThisMachine(u.getHost())) {
            throw new IllegalStateException(url + " (the " + what + ") is not on this machine: the benchmark drives a "
                    + "gateway on this machine only, as it reads its CPU and memory from /proc");
        }
        int port = u.getPort() > 0 ? u.getPort() : "https".equals(u.getScheme()) ? 443 : 80;
        return ListeningProcess.pidOf(port).orElseThrow(() -> new IllegalStateException("no process of this machine "
                + "that the benchmark may see (run it as the gateway's user or as root) listens on port " + port
                + " (the " + what + ", " + url + ")"));
    }

    /** Whether the host is a loopback address or one of this machine's own. */
    static boolean isThisMachine(String host) {
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (a.isLoopbackAddress() || a.isAnyLocalAddress() || NetworkInterface.getByInetAddress(a) != null) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
