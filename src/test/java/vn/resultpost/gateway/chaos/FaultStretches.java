package vn.resultpost.gateway.chaos;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * The chaos run's two fault stretches: the operator failing a share of create calls, and the dossier system's
 * callback endpoint down. Each starts once the run's progress reaches its point and lasts its set time; the
 * simulator is told the faults in force at every change.
 */
final class FaultStretches {

    private final ChaosOptions o;
    private final ChaosSimulator simulator;
    private final Consumer<String> log;
    private Instant operatorFaultFrom;
    private Instant operatorFaultUntil;
    private Instant callbacksDownFrom;
    private Instant callbacksDownUntil;
    private boolean operatorFaulty;
    private boolean callbacksDown;

    FaultStretches(ChaosOptions o, ChaosSimulator simulator, Consumer<String> log) {
        this.o = o;
        this.simulator = simulator;
        this.log = log;
    }

    /** Starts or ends a stretch as {@code progress} (0 to 1) and the clock say. */
    void step(double progress, Instant now) throws InterruptedException {
        if (operatorFaultFrom == null && progress >= o.operatorFailuresAt() && o.operatorFailuresFor().toMillis() > 0) {
            operatorFaultFrom = now;
            operatorFaultUntil = now.plus(o.operatorFailuresFor());
            operatorFaulty = true;
            apply();
            log.accept(String.format("FAULT operator fails %.0f%% of create calls (+%.0f%% lost replies) for %s",
                    o.operatorFailureShare() * 100, o.operatorLostReplyShare() * 100, o.operatorFailuresFor()));
        } else if (operatorFaulty && now.isAfter(operatorFaultUntil)) {
            operatorFaulty = false;
            apply();
            log.accept("HEAL operator");
        }
        if (callbacksDownFrom == null && progress >= o.callbacksDownAt() && o.callbacksDownFor().toMillis() > 0) {
            callbacksDownFrom = now;
            callbacksDownUntil = now.plus(o.callbacksDownFor());
            callbacksDown = true;
            apply();
            log.accept("FAULT dossier system's callback endpoint down for " + o.callbacksDownFor());
        } else if (callbacksDown && now.isAfter(callbacksDownUntil)) {
            callbacksDown = false;
            apply();
            log.accept("HEAL callback endpoint");
        }
    }

    /** Whether both stretches have been played out (a stretch of no length counts as played). */
    boolean over() {
        return !operatorFaulty && !callbacksDown
                && (operatorFaultFrom != null || o.operatorFailuresFor().toMillis() <= 0)
                && (callbacksDownFrom != null || o.callbacksDownFor().toMillis() <= 0);
    }

    /** For the progress line: the faults in force. */
    String describe() {
        return (operatorFaulty ? ", operator failing" : "") + (callbacksDown ? ", callbacks down" : "");
    }

    private void apply() throws InterruptedException {
        simulator.setFaults(operatorFaulty ? o.operatorFailureShare() : 0, operatorFaulty ? o.operatorLostReplyShare() : 0,
                callbacksDown);
    }
}
