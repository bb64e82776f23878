package vn.resultpost.gateway.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The processes of a benchmark run: the gateway the production way ({@code scripts/run-jar.sh}: extracted, with a
 * class-data-sharing archive; the fat jar with {@code --no-cds}; embedded Artemis and H2, fresh data folder, every
 * result routed to VNPost), the simulators
 * as their own process ({@code SimulatorApplication}, zero think time), each with its log in the work folder.
 */
final class BenchProcesses {

    /** The properties of any gateway under the benchmark, one it starts or one it drives (--gateway-url). */
    static final String GATEWAY_CONFIG = "scripts/benchmark/gateway.yml";
    /** Its routing: every result to VNPost. */
    static final String ROUTING = "scripts/benchmark/routing.yml";
    /** The simulators' settings (zero think time, every shipment delivered), built in or in a JVM of their own. */
    static final String SIMULATOR_CONFIG = "scripts/benchmark/builtin-simulators.yml";

    private final BenchOptions o;
    private final Path project;
    private final Path work;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Process> children = new ArrayList<>();
    private final Map<String, String> gatewayEnv;
    final int gatewayPort;
    final int simulatorPort;

    BenchProcesses(BenchOptions o, Path project, Path work, Map<String, String> gatewayEnv) throws IOException {
        this.o = o;
        this.gatewayEnv = Map.copyOf(gatewayEnv);
        this.project = project;
        this.work = work;
        this.gatewayPort = freePort();
        this.simulatorPort = freePort();
        // The driver's classpath for the JVMs it starts from the test classes (simulators, the Artemis baseline).
        Files.writeString(classpathArgs(), "-cp \"" + System.getProperty("java.class.path").replace("\\", "\\\\") + "\"\n");
    }

    /** The java argument file ({@code @file}) with the driver's classpath. */
    Path classpathArgs() {
        return work.resolve("classpath.args");
    }

    Process startSimulator() throws IOException {
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx512m", "-XX:+ExitOnOutOfMemoryError", "@" + classpathArgs(),
                "vn.resultpost.gateway.simulator.SimulatorApplication",
                "--server.port=" + simulatorPort,
                "--server.tomcat.threads.max=64",
                "--simulator.gateway-url=http://localhost:" + gatewayPort,
                // Zero think time, every shipment delivered, no results of its own, every record kept
                // (simulator.retained-shipments=0): the same file as for the built-in simulators of a gateway the
                // benchmark attaches to.
                "--spring.config.additional-location=file:" + project.resolve(SIMULATOR_CONFIG),
                "--simulator.vnpost.push-threads=" + o.pushThreads()));
        return start(cmd, Map.of(), work.resolve("simulator.log"));
    }

    Process startGateway(Path jar, Path dataDir) throws IOException {
        List<String> jvm = new ArrayList<>(Arrays.asList(o.gatewayJvm().trim().split("\\s+")));
        jvm.add("-XX:+ExitOnOutOfMemoryError");
        if (o.jfr()) {
            jvm.add("-XX:StartFlightRecording=filename=" + work.resolve("gateway.jfr") + ",settings=profile,dumponexit=true");
        }
        // The production way (scripts/run-jar.sh: extracted jar, CDS archive; it execs the JVM, so the pid is the
        // gateway's), unless --no-cds: the fat jar as it is.
        String launcher = System.getProperty("bench.launcher", "");
        List<String> cmd = new ArrayList<>();
        Map<String, String> env = new HashMap<>();
        if (launcher.isEmpty()) {
            cmd.add(java());
            cmd.addAll(jvm);
            cmd.addAll(List.of("-jar", jar.toString()));
        } else {
            cmd.addAll(List.of(launcher, jar.toString(), "--"));
            env.put("JAVA", java());
            env.put("JAVA_OPTS", String.join(" ", jvm));
        }
        cmd.addAll(List.of(
                "--server.port=" + gatewayPort,
                "--gateway.data-dir=" + dataDir,
                // Every result to VNPost, no rate limit, shedding bounds above the driver's load: docs in the file.
                "--spring.config.additional-location=file:" + project.resolve(GATEWAY_CONFIG),
                "--gateway.routing.file=" + project.resolve(ROUTING),
                "--simulator.enabled=false"));
        o.gatewayProperties().forEach(p -> cmd.add(p.startsWith("--") ? p : "--" + p));
        String sim = "http://localhost:" + simulatorPort;
        env.putAll(Map.of("VNPOST_BASE_URL", sim + "/simulator/vnpost",
                "DOSSIER_CALLBACK_URL", sim + "/simulator/dossier/callbacks", "SIMULATOR_ENABLED", "false"));
        env.putAll(gatewayEnv);
        return start(cmd, env, work.resolve("gateway.log"));
    }

    /** Polls until the URL answers 200 (and contains {@code mustContain}); false if the process died or time ran out. */
    boolean awaitUp(ProcessHandle p, String url, String mustContain, Duration timeout) throws InterruptedException {
        long giveUp = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < giveUp && p.isAlive()) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains(mustContain)) {
                    return true;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(50);
        }
        return false;
    }

    /** Graceful stop (SIGTERM), forced after a minute. */
    static void stop(Process p) throws InterruptedException {
        if (p == null || !p.isAlive()) {
            return;
        }
        p.destroy();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    void stopAll() {
        List<Process> all;
        synchronized (children) {
            all = List.copyOf(children);
        }
        for (Process p : all) {
            try {
                stop(p);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
    }

    Process start(List<String> cmd, Map<String, String> env, Path logFile) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        pb.environment().remove("SERVER_PORT");
        pb.environment().remove("GATEWAY_DATA_DIR");
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        synchronized (children) {
            children.add(p);
        }
        return p;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
