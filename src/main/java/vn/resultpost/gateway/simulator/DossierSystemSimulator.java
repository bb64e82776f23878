package vn.resultpost.gateway.simulator;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.canonical.StatusReport;
import vn.resultpost.gateway.support.OutboundHttp;

/**
 * SIMULATOR, not production code: a one-stop dossier system. Submits results to the gateway's REST
 * API at a configurable rate ({@link DossierResultProducer}) and records the status callbacks it receives, per
 * dossier, in order ({@link DossierCallbackStore}).
 */
@RestController
@RequestMapping("/simulator/dossier")
@ConditionalOnProperty(prefix = "simulator", name = "enabled", havingValue = "true")
public class DossierSystemSimulator {

    private static final Logger log = LoggerFactory.getLogger(DossierSystemSimulator.class);

    private final SimulatorFaults faults;
    private final DossierCallbackStore callbacks;
    private final DossierResultProducer producer;

    public DossierSystemSimulator(SimulatorProperties props, SimulatorFaults faults, OutboundHttp http) {
        this.faults = faults;
        this.callbacks = new DossierCallbackStore(props.retainedShipments());
        this.producer = new DossierResultProducer(props, http);
    }

    @EventListener(ApplicationReadyEvent.class)
    void startSubmitting() {
        producer.start();
    }

    /** Submits one result as the dossier system would; returns the HTTP status. */
    public int submit(Map<String, Object> result) {
        return producer.submit(result);
    }

    /** The status callback endpoint configured for the simulated agencies. */
    @PostMapping("/callbacks")
    public ResponseEntity<Map<String, Object>> callback(@RequestBody StatusReport report) {
        if (faults.callbacksDown()) {
            callbacks.refuse();
            return ResponseEntity.status(503).body(Map.of("received", false));
        }
        callbacks.accept(report);
        log.info("[dossier-system] {} #{} {} (TrangThaiHoSo {}) waybill {}{}", report.dossierCode(),
                report.sequence(), report.status(), report.dossierStatusCode(), report.waybill(),
                report.status().terminal() ? " — final" : "");
        return ResponseEntity.ok(Map.of("received", true));
    }

    @GetMapping("/callbacks/{agencyCode}/{dossierCode}")
    public List<StatusReport> callbacks(@PathVariable String agencyCode, @PathVariable String dossierCode) {
        return callbacks.callbacks(agencyCode, dossierCode);
    }

    /**
     * Every callback received, per "agency/dossier", in the order they arrived (repeats included), for the
     * last {@code simulator.retained-shipments} dossiers.
     */
    public Map<String, List<StatusReport>> received() {
        return callbacks.received();
    }

    /** Per "agency/dossier" retained, when its first final report arrived (the benchmark's end-to-end clock). */
    public Map<String, Finished> finishedAt() {
        return callbacks.finishedAt();
    }

    /** Counters: dossiers with a report, dossiers with a final status, callbacks received and refused. */
    public Stats stats() {
        return callbacks.stats();
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

    @PreDestroy
    void stop() {
        producer.stop();
    }
}
