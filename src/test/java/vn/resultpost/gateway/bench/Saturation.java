package vn.resultpost.gateway.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Closed-model phases driven by wrk (Debian package {@code wrk}) as a process of its own: REST intake at
 * saturation (scripts/benchmark/submit.lua gives every request a new dossier code) and the HTTP floor
 * (scripts/benchmark/get.lua: GETs that write nothing). {@code connections} requests are always outstanding,
 * so each finds the most requests a second the gateway answers; the gateway's CPU over the run, divided by
 * the requests answered, is what one request costs it, and the cores divided by that cost bound the rate.
 */
final class Saturation {

    private Saturation() {
    }

    static boolean wrkInstalled() {
        try {
            Process p = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            p.waitFor();
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** POSTs new results; the map holds requests/s, status errors, latency percentiles and CPU, or "error". */
    static Map<String, Object> submissions(Path project, String baseUrl, String apiKey, String tag, int connections,
                                           Duration duration, long gatewayPid) throws IOException, InterruptedException {
        return run(project, "REST saturation", List.of("-s", project.resolve("scripts/benchmark/submit.lua").toString(),
                baseUrl + "/api/v1/results", "--",
                project.resolve("src/test/resources/fixtures/result-submission.json").toString(), tag, apiKey),
                connections, duration, gatewayPid, false);
    }

    /**
     * GETs {@code url} (with the API key when not null): the cost of the HTTP stack without the intake's work.
     * Every answer counts, 4xx included (a GET of an unknown result answers 404 after the whole stack ran).
     */
    static Map<String, Object> floor(Path project, String url, String apiKey, int connections, Duration duration,
                                     long gatewayPid) throws IOException, InterruptedException {
        return run(project, "HTTP floor", List.of("-s", project.resolve("scripts/benchmark/get.lua").toString(), url,
                "--", apiKey == null ? "" : apiKey), connections, duration, gatewayPid, true);
    }

    private static Map<String, Object> run(Path project, String label, List<String> script, int connections,
                                           Duration duration, long gatewayPid, boolean everyAnswerCounts)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections, "-d" + duration.toSeconds() + "s",
                "--timeout", "10s"));
        cmd.addAll(script);
        Benchmark.log(label + ": " + String.join(" ", cmd));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("BENCH_WRK_SUMMARY", project.resolve("scripts/benchmark/summary.lua").toString());
        double cpu0 = ProcStats.cpuSeconds(gatewayPid);
        Process p = pb.start();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tool", "wrk 4.1 (-t2 -c" + connections + ", closed model)");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("WRK-JSON ")) {
                    summary(new ObjectMapper().readTree(line.substring(9)), m);
                } else {
                    Benchmark.log("  wrk | " + line);
                }
            }
        }
        int code = p.waitFor();
        double cpu = ProcStats.cpuSeconds(gatewayPid) - cpu0;
        if (!m.containsKey("requests")) {
            m.put("error", "wrk exited with " + code + " without a summary");
            return m;
        }
        long answered = (Long) m.get("requests") - (everyAnswerCounts ? 0 : (Long) m.get("non2xx"));
        m.put("gatewayCpuSeconds", Latencies.round(cpu));
        if (answered > 0) {
            double ms = cpu * 1000 / answered;
            int cores = Runtime.getRuntime().availableProcessors();
            m.put("answeredPerSecond", Latencies.round(answered / (Double) m.get("seconds")));
            m.put("gatewayCpuMsPerRequest", Math.round(ms * 100) / 100.0);
            m.put("cores", cores);
            m.put("ceilingPerSecond", Latencies.round(cores * 1000 / ms));
        }
        return m;
    }

    private static void summary(JsonNode j, Map<String, Object> m) {
        long requests = j.path("requests").asLong();
        double seconds = j.path("durationUs").asLong() / 1e6;
        long bad = j.path("statusErrors").asLong();
        m.put("requests", requests);
        m.put("seconds", Latencies.round(seconds));
        m.put("requestsPerSecond", Latencies.round(requests / seconds));
        m.put("acceptedPerSecond", Latencies.round((requests - bad) / seconds));
        m.put("non2xx", bad);
        m.put("socketErrors", j.path("connectErrors").asLong() + j.path("readErrors").asLong()
                + j.path("writeErrors").asLong() + j.path("timeouts").asLong());
        m.put("latency", new Latencies((int) requests, j.path("p50Us").asLong() / 1e3, j.path("p95Us").asLong() / 1e3,
                j.path("p99Us").asLong() / 1e3, j.path("maxUs").asLong() / 1e3, Double.NaN).toMap());
    }
}
