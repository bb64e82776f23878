package vn.resultpost.gateway.simulator;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.operator.vnpost.VnpostMessages.StatusEvent;

/**
 * SIMULATOR: what the simulators recorded, over HTTP, for the chaos harness and for checks by hand:
 * the operator's orders and create calls, the dossier system's received callbacks. These are the
 * simulators' own records, independent of the gateway's database.
 */
@RestController
@RequestMapping("/simulator")
@ConditionalOnProperty(prefix = "simulator", name = "enabled", havingValue = "true")
public class SimulatorRecords {

    private final VnpostSimulator vnpost;
    private final DossierSystemSimulator dossierSystem;

    public SimulatorRecords(VnpostSimulator vnpost, DossierSystemSimulator dossierSystem) {
        this.vnpost = vnpost;
        this.dossierSystem = dossierSystem;
    }

    /** Orders held and create calls by outcome. */
    @GetMapping("/vnpost/stats")
    public VnpostSimulator.Stats vnpostStats() {
        return vnpost.stats();
    }

    /** Every order held: its reference (the gateway's shipment id), waybill and the status codes produced so far. */
    @GetMapping("/vnpost/orders")
    public List<OrderRecord> vnpostOrders() {
        return vnpost.orders().stream()
                .map(o -> new OrderRecord(o.request().orderReference(), o.itemCode(),
                        o.events().stream().map(StatusEvent::statusCode).toList(), o.cancelled()))
                .sorted(Comparator.comparing(OrderRecord::reference))
                .toList();
    }

    /** Dossiers with reports, dossiers finished, callbacks received and refused. */
    @GetMapping("/dossier/stats")
    public DossierSystemSimulator.Stats dossierStats() {
        return dossierSystem.stats();
    }

    /** Per "agency/dossier", when its first final report arrived, with its status and sequence (for the benchmark). */
    @GetMapping("/dossier/finished")
    public Map<String, DossierSystemSimulator.Finished> dossierFinished() {
        return dossierSystem.finishedAt();
    }

    /** Per dossier, every callback received in arrival order (repeats included). */
    @GetMapping("/dossier/report")
    public List<DossierRecord> dossierReport() {
        return dossierSystem.received().values().stream()
                .filter(list -> !list.isEmpty())
                .map(list -> new DossierRecord(list.get(0).agencyCode(), list.get(0).dossierCode(),
                        list.stream().map(r -> new Received(r.sequence(), r.status(), r.shipmentId(),
                                r.operatorStatusCode())).toList()))
                .sorted(Comparator.comparing(DossierRecord::dossierCode))
                .toList();
    }

    /** One order at the simulated operator. */
    public record OrderRecord(String reference, String waybill, List<String> statusCodes, boolean cancelled) {
    }

    /** The callbacks one dossier received. */
    public record DossierRecord(String agencyCode, String dossierCode, List<Received> received) {
    }

    /** One callback as received. */
    public record Received(int sequence, ShipmentStatus status, String shipmentId, String operatorStatusCode) {
    }
}
