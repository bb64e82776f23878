package vn.resultpost.gateway.chaos;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One gateway process of a chaos run: started on its own port and data folder, restarted after each kill
 * on the same ones, asked for readiness, killed with SIGKILL or stopped with SIGTERM.
 */
final class GatewayInstance {

    private final int number;
    private final int port;
    private final Path dataDir;
    private final Path work;
    private final ProcessLauncher launcher;
    private final List<String> command;
    private final Map<String, String> env;
    private final HttpClient http;
    private Process process;
    private int starts;
    private Instant readyAt;

    GatewayInstance(int number, int port, Path dataDir, Path work, ProcessLauncher launcher, List<String> command,
                    Map<String, String> env, HttpClient http) {
        this.number = number;
        this.port = port;
        this.dataDir = dataDir;
        this.work = work;
        this.launcher = launcher;
        this.command = command;
        this.env = env;
        this.http = http;
    }

    int number() {
        return number;
    }

    int port() {
        return port;
    }

    Path dataDir() {
        return dataDir;
    }

    int starts() {
        return starts;
    }

    /** When it last became ready, or null while it is starting. */
    Instant readyAt() {
        return readyAt;
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    int exitValue() {
        return process.exitValue();
    }

    long pid() {
        return process.pid();
    }

    Path logFile() {
        return work.resolve(String.format("gateway-%d-%02d.log", number, starts));
    }

    /** Starts (or restarts) the process; returns the log file. */
    Path start() throws IOException {
        starts++;
        List<String> cmd = new ArrayList<>(command);
        cmd.add("--server.port=" + port);
        cmd.add("--gateway.data-dir=" + dataDir);
        readyAt = null;
        Path log = logFile();
        process = launcher.start(cmd, env, log);
        return log;
    }

    /** Whether it answers its readiness probe now; notes the moment it first does after a start. */
    boolean checkReady() {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(
                            "http://localhost:" + port + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            boolean ready = r.statusCode() == 200 && r.body().contains("\"UP\"");
            if (ready && readyAt == null) {
                readyAt = Instant.now();
            }
            return ready;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGKILL; returns the exit code (137 when the signal killed it). */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("gateway " + number + " pid " + process.pid() + " alive 30 s after SIGKILL");
        }
        readyAt = null;
        return process.exitValue();
    }

    /** SIGTERM: asks for a graceful shutdown ({@link #awaitStopped()} waits for it). */
    void terminate() {
        process.destroy();
    }

    /** Waits for the shutdown {@link #terminate()} asked for (SIGKILL after 90 s); returns whether it was graceful. */
    boolean awaitStopped() throws InterruptedException {
        boolean graceful = process.waitFor(90, TimeUnit.SECONDS);
        if (!graceful) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        return graceful;
    }
}
