package vn.resultpost.gateway.operator;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the gateway calls postal operators ({@code gateway.operator-resilience.*}): a default policy and
 * per-operator overrides (a value left out of an override is taken from the default).
 */
@ConfigurationProperties(prefix = "gateway.operator-resilience")
public record ResilienceProperties(Policy defaults, Map<String, Policy> operators) {

    public ResilienceProperties {
        defaults = Policy.BUILT_IN.orElse(defaults);
        operators = operators == null ? Map.of() : Map.copyOf(operators);
    }

    /** The policy of one operator: its override over the defaults. */
    public Policy policy(String operator) {
        return defaults.orElse(operators.get(operator));
    }

    /**
     * Retry and circuit-breaker settings of one operator.
     *
     * @param attempts             calls per try of a stage, the first included (1: no retry within the try;
     *                             the stage itself is retried later by the broker)
     * @param initialBackoff       wait before the second call
     * @param multiplier           each further wait is this many times the previous one
     * @param jitter               randomisation of each wait, 0 to 1 (0.5: between half and one and a half)
     * @param failureRateThreshold per cent of failed calls in the window that opens the circuit
     * @param slowCallThreshold    a call slower than this counts as slow
     * @param slowCallRateThreshold per cent of slow calls in the window that opens the circuit
     * @param slidingWindow        number of recent calls the rates are computed on
     * @param minimumCalls         calls needed in the window before the rates are judged
     * @param openFor              how long the circuit stays open before letting trial calls through
     * @param halfOpenCalls        trial calls allowed while half open
     * @param deferral             how long an order waits before it is tried again while the circuit is open
     */
    public record Policy(Integer attempts, Duration initialBackoff, Double multiplier, Double jitter,
                         Float failureRateThreshold, Duration slowCallThreshold, Float slowCallRateThreshold,
                         Integer slidingWindow, Integer minimumCalls, Duration openFor, Integer halfOpenCalls,
                         Duration deferral) {

        static final Policy BUILT_IN = new Policy(3, Duration.ofMillis(500), 2.0, 0.5, 50f, Duration.ofSeconds(10),
                100f, 20, 10, Duration.ofSeconds(30), 3, Duration.ofSeconds(30));

        /** This policy overlaid by {@code o}: each value {@code o} sets wins, the rest is this policy's. */
        Policy orElse(Policy o) {
            if (o == null) {
                return this;
            }
            return new Policy(or(o.attempts, attempts), or(o.initialBackoff, initialBackoff),
                    or(o.multiplier, multiplier), or(o.jitter, jitter),
                    or(o.failureRateThreshold, failureRateThreshold), or(o.slowCallThreshold, slowCallThreshold),
                    or(o.slowCallRateThreshold, slowCallRateThreshold), or(o.slidingWindow, slidingWindow),
                    or(o.minimumCalls, minimumCalls), or(o.openFor, openFor), or(o.halfOpenCalls, halfOpenCalls),
                    or(o.deferral, deferral));
        }

        private static <T> T or(T preferred, T fallback) {
            return preferred != null ? preferred : fallback;
        }
    }
}
