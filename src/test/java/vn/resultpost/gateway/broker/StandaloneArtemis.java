package vn.resultpost.gateway.broker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;

/**
 * A real, standalone Artemis broker in its own JVM for the tests of the external-broker profile,
 * configured by the production file config/artemis/broker.xml (or, as one of an HA pair, ha/primary.xml or
 * ha/backup.xml).
 */
public final class StandaloneArtemis {

    static final String READY = "ARTEMIS-READY";

    private StandaloneArtemis() {
    }

    /** Entry point of the broker's JVM: {@code StandaloneArtemis <broker.xml>}; runs until killed. */
    public static void main(String[] args) throws Exception {
        EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
        broker.setConfigResourcePath(Path.of(args[0]).toUri().toString());
        broker.start();
        System.out.println(READY);
        System.out.flush();
        Thread.currentThread().join();
    }

    /** Starts a broker JVM on {@code port} with its journal in {@code dataDir}; returns once it accepts. */
    public static Process start(int port, Path dataDir, String... systemProperties) throws IOException {
        return start("broker.xml", port, dataDir, systemProperties);
    }

    /**
     * Starts a broker JVM configured by {@code configFile} of config/artemis (e.g. ha/primary.xml) on {@code port}
     * with its journal in {@code dataDir}; returns once it started (a shared-store backup: once it waits, passive,
     * for its primary's lock).
     */
    public static Process start(String configFile, int port, Path dataDir, String... systemProperties)
            throws IOException {
        Path configDir = Path.of("config/artemis").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-Dartemis.port=" + port, "-Dartemis.data.dir=" + dataDir.toAbsolutePath(),
                "-Dartemis.config.dir=" + configDir));
        for (String p : systemProperties) {
            command.add("-D" + p);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), StandaloneArtemis.class.getName(),
                configDir.resolve(configFile).toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String line;
        StringBuilder log = new StringBuilder();
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
            log.append(line).append('\n');
            if (line.contains(READY)) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "artemis-output");
                drain.setDaemon(true);
                drain.start();
                return process;
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("Standalone Artemis did not start:\n" + log);
    }
}
