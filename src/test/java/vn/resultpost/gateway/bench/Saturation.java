package vn.resultpost.gateway.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * REST intake at saturation, driven by wrk (Debian package {@code wrk}) as a process of its own, with
 * scripts/benchmark/submit.lua giving every request a new dossier code: closed model, {@code connections}
 * requests always outstanding, so it finds the most requests a second the gateway answers.
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

    /** Runs wrk; the map holds requests/s, status errors and latency percentiles, or "error". */
    static Map<String, Object> wrk(Path project, String baseUrl, String apiKey, String tag, int connections,
                                   Duration duration) throws IOException, InterruptedException {
        List<String> cmd = List.of("wrk", "-t2", "-c" + connections, "-d" + duration.toSeconds() + "s", "--timeout", "10s",
                "-s", project.resolve("scripts/benchmark/submit.lua").toString(), baseUrl + "/api/v1/results", "--",
                project.resolve("src/test/resources/fixtures/result-submission.json").toString(), tag, apiKey);
        Benchmark.log("REST saturation: " + String.join(" ", cmd));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tool", "wrk 4.1 (-t2 -c" + connections + ", closed model)");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("WRK-JSON ")) {
                    JsonNode j = new ObjectMapper().readTree(line.substring(9));
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
                    m.put("latency", new Latencies((int) requests, j.path("p50Us").asLong() / 1e3,
                            j.path("p95Us").asLong() / 1e3, j.path("p99Us").asLong() / 1e3, j.path("maxUs").asLong() / 1e3,
                            Double.NaN).toMap());
                } else {
                    Benchmark.log("  wrk | " + line);
                }
            }
        }
        int code = p.waitFor();
        if (!m.containsKey("requests")) {
            m.put("error", "wrk exited with " + code + " without a summary");
        }
        return m;
    }
}
