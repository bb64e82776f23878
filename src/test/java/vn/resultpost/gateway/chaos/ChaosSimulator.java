package vn.resultpost.gateway.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import vn.resultpost.gateway.canonical.ShipmentStatus;

/**
 * The chaos run's simulators (the VNPost operator and the dossier system, one process): started with the run's
 * scenario, told which faults to play, and asked at the end for their own records of what they received.
 */
final class ChaosSimulator {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final Path work;
    private final HttpClient http;
    private final Consumer<String> log;
    private Process process;

    ChaosSimulator(int port, Path work, HttpClient http, Consumer<String> log) {
        this.port = port;
        this.work = work;
        this.http = http;
        this.log = log;
    }

    /** What the simulators recorded: the operator's orders and counters, the dossier system's reports by dossier. */
    record Records(JsonNode vnpostStats, JsonNode dossierStats, List<ChaosCheck.Order> orders,
                   Map<String, List<ChaosCheck.Received>> received) {
    }

    /** Starts the process with the run's scenario, the gateway (or its load balancer) at {@code gatewayPort}. */
    void start(ProcessLauncher launcher, ChaosOptions o, int gatewayPort) throws IOException {
        List<String> cmd = launcher.java(o.simulatorHeap(), "vn.resultpost.gateway.simulator.SimulatorApplication");
        cmd.addAll(List.of(
                "--server.port=" + port,
                "--simulator.gateway-url=http://localhost:" + gatewayPort,
                "--simulator.dossier.results-per-tick=0",
                // Every record kept (the default drops the oldest): the checks read them all at the end of the run.
                "--simulator.retained-shipments=0",
                "--simulator.vnpost.scenario=" + o.scenario(),
                "--simulator.vnpost.step-delay=" + o.stepDelay().toMillis() + "ms",
                "--simulator.vnpost.failure-share=0",
                // A real carrier retries a refused webhook for a long time: never give up within the run.
                "--simulator.vnpost.push-attempts=100000000",
                "--simulator.vnpost.push-max-backoff=1s",
                "--simulator.vnpost.push-threads=4",
                "--spring.http.client.connect-timeout=2s",
                "--spring.http.client.read-timeout=20s",
                "--logging.level.vn.resultpost.gateway.simulator.DossierSystemSimulator=WARN"));
        Path logFile = work.resolve("simulator.log");
        log.accept("simulator log " + logFile);
        process = launcher.start(cmd, Map.of(), logFile);
    }

    /** Waits until the simulator answers (at most two minutes, never past {@code deadline}). */
    void awaitUp(Instant deadline) throws InterruptedException {
        Instant twoMinutes = Instant.now().plusSeconds(120);
        Instant giveUp = deadline.isBefore(twoMinutes) ? deadline : twoMinutes;
        while (Instant.now().isBefore(giveUp) && process.isAlive()) {
            try {
                if (http.send(HttpRequest.newBuilder(uri("/simulator/faults")).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    log.accept("simulator ready");
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("simulator did not start; see its log in " + work);
    }

    /** Has the operator fail (and lose the replies of) a share of create calls, and the callback endpoint be down. */
    void setFaults(double failureShare, double lostReplyShare, boolean callbacksDown) throws InterruptedException {
        String body = String.format(Locale.ROOT, "{\"operatorFailureShare\":%s,\"operatorLostReplyShare\":%s,\"callbacksDown\":%s}",
                failureShare, lostReplyShare, callbacksDown);
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/simulator/faults"))
                        .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
                if (attempt >= 5) {
                    throw new IllegalStateException("simulator refused faults " + body + ": HTTP " + r.statusCode());
                }
            } catch (IOException e) {
                if (attempt >= 5) {
                    throw new UncheckedIOException(e);
                }
            }
            Thread.sleep(500);
        }
    }

    /** The dossier system's counters ({@code finished}: dossiers whose final report arrived). */
    JsonNode dossierStats() throws IOException, InterruptedException {
        return getJson("/simulator/dossier/stats");
    }

    /** Everything the simulators recorded, for {@link ChaosCheck}. */
    Records records() throws IOException, InterruptedException {
        JsonNode vnpostStats = getJson("/simulator/vnpost/stats");
        JsonNode dossierStats = dossierStats();
        List<ChaosCheck.Order> orders = new ArrayList<>();
        for (JsonNode n : getJson("/simulator/vnpost/orders")) {
            List<String> codes = new ArrayList<>();
            n.path("statusCodes").forEach(c -> codes.add(c.asText()));
            orders.add(new ChaosCheck.Order(n.path("reference").asText(), n.path("waybill").asText(), codes));
        }
        Map<String, List<ChaosCheck.Received>> received = new HashMap<>();
        for (JsonNode d : getJson("/simulator/dossier/report")) {
            List<ChaosCheck.Received> list = new ArrayList<>();
            for (JsonNode r : d.path("received")) {
                list.add(new ChaosCheck.Received(r.path("sequence").asInt(), ShipmentStatus.valueOf(r.path("status").asText()),
                        r.path("shipmentId").asText(), r.path("operatorStatusCode").isNull() ? null
                        : r.path("operatorStatusCode").asText()));
            }
            received.put(d.path("agencyCode").asText() + "/" + d.path("dossierCode").asText(), list);
        }
        return new Records(vnpostStats, dossierStats, orders, received);
    }

    private JsonNode getJson(String path) throws IOException, InterruptedException {
        if (!process.isAlive()) {
            throw new IllegalStateException("the simulator process died (exit code " + process.exitValue()
                    + "); see " + work.resolve("simulator.log"));
        }
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(path + " answered HTTP " + r.statusCode());
                }
                return JSON.readTree(r.body());
            } catch (ConnectException e) {
                if (attempt >= 5) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
