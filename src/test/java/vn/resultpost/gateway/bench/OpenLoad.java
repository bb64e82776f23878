package vn.resultpost.gateway.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;

/**
 * Open-model (constant-rate) load generator: request i is due at start + i/rate whatever became of the
 * earlier ones, and its latency runs from that due time to the answer, so a stalled server is charged
 * for the requests it held back (no coordinated omission). Optionally waits while too many shipments
 * are in flight, shifting the schedule instead of bursting afterwards.
 */
final class OpenLoad {

    /** What was sent: per request, when it was due (epoch ms), its HTTP status (0: no answer) and latency (ms). */
    record Result(int sent, long[] dueEpochMs, int[] status, double[] latencyMs, double seconds, double throttledSeconds,
                  double blockedSeconds) {

        int answered(int from, int to) {
            int n = 0;
            for (int i = 0; i < sent; i++) {
                if (status[i] >= from && status[i] <= to) {
                    n++;
                }
            }
            return n;
        }

        double[] okLatencies() {
            return java.util.stream.IntStream.range(0, sent).filter(i -> status[i] == 200 || status[i] == 202)
                    .mapToDouble(i -> latencyMs[i]).toArray();
        }
    }

    /** Most requests waiting for an answer at once (more only grows the server's queues and its heap). */
    static final int MAX_OUTSTANDING = 256;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI uri;
    private final String apiKey;

    OpenLoad(String baseUrl, String apiKey) {
        this.uri = URI.create(baseUrl + "/api/v1/results");
        this.apiKey = apiKey;
    }

    /**
     * Sends {@code rate} requests a second for {@code duration}; {@code finished} (may be null) counts the
     * shipments finished so far, and sending waits while more than {@code inFlightCap} are unfinished (sent,
     * not refused, not finished).
     */
    Result run(IntFunction<String> body, double rate, Duration duration, IntSupplier finished, int inFlightCap,
               String phase) throws InterruptedException {
        int n = (int) Math.round(rate * duration.toMillis() / 1000.0);
        long[] due = new long[n];
        int[] status = new int[n];
        double[] latency = new double[n];
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        CompletableFuture<?>[] all = new CompletableFuture<?>[n];
        long start = System.nanoTime();
        long startMs = System.currentTimeMillis();
        long shift = 0;
        long throttled = 0;
        long blocked = 0;
        Semaphore outstanding = new Semaphore(MAX_OUTSTANDING);
        long nextLog = start + TimeUnit.SECONDS.toNanos(5);
        long end = start + duration.toNanos();
        int count = 0;
        for (int i = 0; i < n; i++) {
            long dueNanos = start + shift + (long) (i * 1e9 / rate);
            if (dueNanos >= end) {
                break; // a throttled schedule ends with the phase
            }
            long wait;
            while ((wait = dueNanos - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            // Unfinished = sent - finished - refused (a refused result, e.g. 503 backlog-full, never finishes).
            if (finished != null && i - finished.getAsInt() - errors.get() >= inFlightCap) {
                long t0 = System.nanoTime();
                while (i - finished.getAsInt() - errors.get() >= inFlightCap && System.nanoTime() < end) {
                    Thread.sleep(5);
                }
                long waited = System.nanoTime() - t0;
                shift += waited;
                throttled += waited;
                dueNanos += waited;
                if (System.nanoTime() >= end) {
                    break; // throttled past the phase's end: the phase lasts its duration, not its count
                }
            }
            count = i + 1;
            if (!outstanding.tryAcquire()) {
                long t0 = System.nanoTime();
                outstanding.acquire(); // the server holds MAX_OUTSTANDING requests: wait, still charged from the due time
                blocked += System.nanoTime() - t0;
            }
            final int k = i;
            final long d = dueNanos;
            due[k] = startMs + (d - start) / 1_000_000;
            HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json").header("X-API-Key", apiKey)
                    .POST(HttpRequest.BodyPublishers.ofString(body.apply(k))).build();
            all[k] = http.sendAsync(req, HttpResponse.BodyHandlers.discarding()).handle((r, e) -> {
                latency[k] = (System.nanoTime() - d) / 1e6;
                status[k] = r == null ? 0 : r.statusCode();
                answered.incrementAndGet();
                outstanding.release();
                if (r == null || r.statusCode() >= 300) {
                    errors.incrementAndGet();
                }
                return null;
            });
            if (System.nanoTime() >= nextLog) {
                nextLog += TimeUnit.SECONDS.toNanos(5);
                Benchmark.log(String.format("%s: %.0fs sent %d, answered %d, errors %d%s", phase,
                        (System.nanoTime() - start) / 1e9, k + 1, answered.get(), errors.get(),
                        finished == null ? "" : ", finished " + finished.getAsInt()));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        try {
            CompletableFuture.allOf(java.util.Arrays.copyOf(all, count)).get(90, TimeUnit.SECONDS);
        } catch (Exception e) {
            Benchmark.log(phase + ": not every request was answered within 90 s: " + e);
        }
        return new Result(count, due, status, latency, seconds, throttled / 1e9, blocked / 1e9);
    }
}
