package vn.resultpost.gateway.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the benchmark watches of the gateway's process: that it is alive, its resident set, its start-up figure. */
final class GatewayChecks {

    private GatewayChecks() {
    }

    /** Stops the run with a clear message when the gateway died (e.g. OutOfMemoryError: see its log). */
    static void alive(Process gateway, Path work, String phase) throws InterruptedException {
        if (!gateway.isAlive()) {
            died("the gateway died during " + phase + " with exit code " + gateway.waitFor() + "; see "
                    + work.resolve("gateway.log"));
        }
    }

    /** The same for a gateway the benchmark did not start: only whether its process is still there. */
    static void alive(long pid, String phase) {
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            died("the gateway (pid " + pid + ") ended during " + phase + "; see its own log");
        }
    }

    private static void died(String why) {
        Benchmark.log(why);
        throw new IllegalStateException(why);
    }

    /** Samples the gateway's resident set every second, keeping the largest. */
    static Thread rssSampler(long pid, AtomicLong maxKib) {
        return every(1000, "bench-rss-sampler",
                () -> maxKib.accumulateAndGet((long) (ProcStats.rssMib(pid) * 1024), Math::max));
    }

    /**
     * Logs the gateway's outbox backlog ({@code gateway.outbox.pending}) every 10 s and keeps its largest reading: the
     * messages its stages have stored and its relay not yet moved to their queues.
     */
    static Thread outboxSampler(String gatewayUrl, AtomicLong max) {
        ActuatorMeters meters = new ActuatorMeters(gatewayUrl);
        return every(10_000, "bench-outbox-sampler", () -> {
            Double pending = meters.read("gateway.outbox.pending").get("VALUE");
            if (pending != null) {
                max.accumulateAndGet(pending.longValue(), Math::max);
                Benchmark.log(String.format("outbox: %.0f messages waiting for the relay", pending));
            }
        });
    }

    /** A daemon thread that runs {@code sample} every {@code millis} until it is interrupted. */
    static Thread every(long millis, String name, Runnable sample) {
        Thread t = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                sample.run();
                try {
                    Thread.sleep(millis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Spring Boot's own "Started ... in N seconds" figure from the gateway's log, or null. */
    static Double springStarted(Path log) throws IOException {
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
}
