package vn.resultpost.gateway.simulator;

import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * SIMULATOR: faults of the simulated Viettel Post API, set at start-up from {@code simulator.viettelpost.*}
 * and changed while it runs (GET/PUT {@code /simulator/viettelpost/faults}): the share of createOrder calls
 * answered 503 (nothing created) and the share answered only after the timeout delay (order created).
 */
@RestController
@RequestMapping("/simulator/viettelpost/faults")
@ConditionalOnProperty(prefix = "simulator", name = "enabled", havingValue = "true")
public class ViettelpostSimulatorFaults {

    private volatile Faults faults;

    public ViettelpostSimulatorFaults(ViettelpostSimulatorProperties props) {
        this.faults = new Faults(props.failureShare(), props.timeoutShare());
    }

    @GetMapping
    public Faults get() {
        return faults;
    }

    @PutMapping
    public Faults set(@RequestBody Faults next) {
        this.faults = next;
        return next;
    }

    boolean fails() {
        return ThreadLocalRandom.current().nextDouble() < faults.failureShare();
    }

    boolean answersLate() {
        return ThreadLocalRandom.current().nextDouble() < faults.timeoutShare();
    }

    /** The faults in force: shares of createOrder calls answered 503, and answered after the timeout delay. */
    public record Faults(double failureShare, double timeoutShare) {
    }
}
