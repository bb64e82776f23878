package vn.resultpost.gateway.simulator;

import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * SIMULATOR: faults to inject while the gateway runs, for tests, demos and the chaos harness —
 * the operator failing a share of create calls (503), the operator creating an order but losing
 * its reply (504), and the dossier system's callback endpoint being down. GET/PUT
 * {@code /simulator/faults}.
 */
@RestController
@RequestMapping("/simulator/faults")
@ConditionalOnProperty(prefix = "simulator", name = "enabled", havingValue = "true")
public class SimulatorFaults {

    private volatile Faults faults;

    public SimulatorFaults(SimulatorProperties props) {
        this.faults = new Faults(props.vnpost().failureShare(), 0.0, false, 0.0);
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

    boolean operatorFails() {
        return ThreadLocalRandom.current().nextDouble() < faults.operatorFailureShare();
    }

    boolean operatorLosesReply() {
        return ThreadLocalRandom.current().nextDouble() < faults.operatorLostReplyShare();
    }

    /** Whether this create call's reply comes too late: the configured share, or the one set at run time. */
    boolean operatorTimesOut(double configuredShare) {
        double share = Math.max(configuredShare, faults.operatorTimeoutShare());
        return share > 0 && ThreadLocalRandom.current().nextDouble() < share;
    }

    boolean callbacksDown() {
        return faults.callbacksDown();
    }

    /**
     * The faults in force.
     *
     * @param operatorFailureShare   share of create-order calls answered 503 without creating anything
     * @param operatorLostReplyShare share of create-order calls that create the order but answer 504
     * @param callbacksDown          the dossier system's callback endpoint answers 503
     * @param operatorTimeoutShare   share of create-order calls that create the order but answer only after
     *                               {@code simulator.vnpost.timeout-delay} (the gateway has timed out by then)
     */
    public record Faults(double operatorFailureShare, double operatorLostReplyShare, boolean callbacksDown,
                         double operatorTimeoutShare) {

        /** Without timeouts. */
        public Faults(double operatorFailureShare, double operatorLostReplyShare, boolean callbacksDown) {
            this(operatorFailureShare, operatorLostReplyShare, callbacksDown, 0.0);
        }
    }
}
