package vn.resultpost.gateway.simulator;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.resultpost.gateway.simulator.SoapOperatorSimulator.Settings;

/**
 * SIMULATOR: the SOAP operator simulator's records and settings over HTTP, for trying it by hand:
 * GET {@code /simulator/generic-soap/shipments}, GET {@code …/counters}, GET/PUT {@code …/settings}.
 */
@RestController
@RequestMapping("/simulator/generic-soap")
@ConditionalOnProperty(prefix = "simulator", name = "enabled", havingValue = "true")
@ConditionalOnProperty(prefix = "simulator", name = "standalone", havingValue = "false", matchIfMissing = true)
public class SoapOperatorSimulatorRecords {

    private final SoapOperatorSimulator simulator;

    public SoapOperatorSimulatorRecords(SoapOperatorSimulator simulator) {
        this.simulator = simulator;
    }

    /** Every shipment held: reference, waybill, scenario and the event codes due so far. */
    @GetMapping("/shipments")
    public List<ShipmentRecord> shipments() {
        Instant now = simulator.now();
        return simulator.shipments().stream()
                .map(s -> new ShipmentRecord(s.reference(), s.waybill(), s.scenario(),
                        s.events(now).stream().map(SoapSimulatedShipment.Event::code).toList()))
                .sorted(Comparator.comparing(ShipmentRecord::reference))
                .toList();
    }

    @GetMapping("/counters")
    public Map<String, Integer> counters() {
        return simulator.counters();
    }

    @GetMapping("/settings")
    public Settings settings() {
        return simulator.settings();
    }

    @PutMapping("/settings")
    public Settings settings(@RequestBody Settings next) {
        simulator.settings(next);
        return next;
    }

    /** One shipment at the simulated operator. */
    public record ShipmentRecord(String reference, String waybill, String scenario, List<String> eventCodes) {
    }
}
