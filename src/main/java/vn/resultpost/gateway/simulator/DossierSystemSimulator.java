package vn.resultpost.gateway.simulator;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.canonical.StatusReport;
import vn.resultpost.gateway.support.OutboundHttp;

/**
 * SIMULATOR, not production code: a one-stop dossier system. Submits results to the gateway's REST
 * API at a configurable rate and records the status callbacks it receives, per dossier, in order.
 */
@RestController
@RequestMapping("/simulator/dossier")
@ConditionalOnProperty(prefix = "simulator", name = "enabled", havingValue = "true")
public class DossierSystemSimulator {

    private static final Logger log = LoggerFactory.getLogger(DossierSystemSimulator.class);

    private final SimulatorProperties props;
    private final SimulatorFaults faults;
    private final RestClient http;
    private final RetainedRecords<String, List<StatusReport>> received;
    private final RetainedRecords<String, Finished> finishedAt;
    private final AtomicInteger dossiers = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger sequence = new AtomicInteger(ThreadLocalRandom.current().nextInt(1, 5000));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dossier-simulator");
        t.setDaemon(true);
        return t;
    });

    public DossierSystemSimulator(SimulatorProperties props, SimulatorFaults faults, OutboundHttp http) {
        this.props = props;
        this.faults = faults;
        this.received = new RetainedRecords<>(props.retainedShipments());
        this.finishedAt = new RetainedRecords<>(props.retainedShipments());
        this.http = http.client(props.gatewayUrl(), SimulatorProperties.HTTP_CONNECT_TIMEOUT,
                        SimulatorProperties.HTTP_READ_TIMEOUT)
                .mutate().defaultHeader("X-API-Key", props.dossier().apiKey()).build();
    }

    @EventListener(ApplicationReadyEvent.class)
    void startSubmitting() {
        SimulatorProperties.Dossier d = props.dossier();
        if (d.resultsPerTick() > 0) {
            log.info("[dossier-system] submitting {} result(s) every {} to {}", d.resultsPerTick(), d.tick(),
                    props.gatewayUrl());
            timer.scheduleAtFixedRate(this::tick, 2000, d.tick().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void tick() {
        List<String> agencies = props.dossier().agencies();
        for (int i = 0; i < props.dossier().resultsPerTick(); i++) {
            String agency = agencies.get(ThreadLocalRandom.current().nextInt(agencies.size()));
            submit(SampleResults.result(agency, SampleResults.dossierCode(agency, sequence.incrementAndGet())));
        }
    }

    /** Submits one result as the dossier system would; returns the HTTP status. */
    public int submit(Map<String, Object> result) {
        try {
            var reply = http.post().uri("/api/v1/results").contentType(MediaType.APPLICATION_JSON).body(result)
                    .retrieve().toBodilessEntity();
            log.info("[dossier-system] submitted {} → HTTP {}", result.get("dossierCode"), reply.getStatusCode().value());
            return reply.getStatusCode().value();
        } catch (RestClientResponseException e) {
            log.warn("[dossier-system] {} refused: HTTP {} {}", result.get("dossierCode"), e.getStatusCode().value(),
                    e.getResponseBodyAsString());
            return e.getStatusCode().value();
        } catch (RuntimeException e) {
            log.warn("[dossier-system] gateway unreachable: {}", e.getMessage());
            return 0;
        }
    }

    /** The status callback endpoint configured for the simulated agencies. */
    @PostMapping("/callbacks")
    public ResponseEntity<Map<String, Object>> callback(@RequestBody StatusReport report) {
        if (faults.callbacksDown()) {
            refused.incrementAndGet();
            return ResponseEntity.status(503).body(Map.of("received", false));
        }
        String key = key(report.agencyCode(), report.dossierCode());
        received.computeIfAbsent(key, k -> {
            dossiers.incrementAndGet();
            return new CopyOnWriteArrayList<>();
        }).add(report);
        accepted.incrementAndGet();
        if (report.status() != null && report.status().terminal() && finishedAt.putIfAbsent(key,
                new Finished(System.currentTimeMillis(), report.status(), report.sequence())) == null) {
            finished.incrementAndGet();
        }
        log.info("[dossier-system] {} #{} {} (TrangThaiHoSo {}) waybill {}{}", report.dossierCode(),
                report.sequence(), report.status(), report.dossierStatusCode(), report.waybill(),
                report.status().terminal() ? " — final" : "");
        return ResponseEntity.ok(Map.of("received", true));
    }

    @GetMapping("/callbacks/{agencyCode}/{dossierCode}")
    public List<StatusReport> callbacks(@PathVariable String agencyCode, @PathVariable String dossierCode) {
        return received.getOrDefault(key(agencyCode, dossierCode), List.of());
    }

    /**
     * Every callback received, per "agency/dossier", in the order they arrived (repeats included), for the
     * last {@code simulator.retained-shipments} dossiers.
     */
    public Map<String, List<StatusReport>> received() {
        return received.copy();
    }

    /** Per "agency/dossier" retained, when its first final report arrived (the benchmark's end-to-end clock). */
    public Map<String, Finished> finishedAt() {
        return finishedAt.copy();
    }

    /** Counters: dossiers with a report, dossiers with a final status, callbacks received and refused. */
    public Stats stats() {
        return new Stats(dossiers.get(), finished.get(), accepted.get(), refused.get());
    }

    /**
     * Counters of the simulated dossier system since start-up, dropped records included (a dossier reporting
     * again once {@code simulator.retained-shipments} dropped its records counts again).
     *
     * @param dossiers  dossiers with at least one report received
     * @param finished  dossiers with a final status (delivered, returned, cancelled, rejected) received
     * @param callbacks callbacks received (accepted with 200)
     * @param refused   callbacks refused with 503 while the endpoint was down
     */
    public record Stats(int dossiers, int finished, int callbacks, int refused) {
    }

    /**
     * The first final report of a dossier.
     *
     * @param atMillis when it arrived (epoch milliseconds, this machine's clock)
     * @param status   its status (DELIVERED, RETURNED_TO_AGENCY...)
     * @param sequence its sequence number
     */
    public record Finished(long atMillis, ShipmentStatus status, int sequence) {
    }

    private static String key(String agency, String dossier) {
        return agency + "/" + dossier;
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
