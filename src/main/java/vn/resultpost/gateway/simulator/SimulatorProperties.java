package vn.resultpost.gateway.simulator;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the built-in simulators ({@code simulator.*}): a dossier system that submits results
 * and takes status callbacks, and a VNPost-style operator that issues waybills and pushes events; and
 * {@code retainedShipments}, for how many shipments (or dossiers) each simulator keeps its records (orders,
 * reports, calls), the oldest dropped first, 0 for all (their counters count everything all the same).
 */
@ConfigurationProperties(prefix = "simulator")
public record SimulatorProperties(boolean enabled, String gatewayUrl, Dossier dossier, Vnpost vnpost,
                                  Integer retainedShipments) {

    /** Records kept per simulator when {@code simulator.retained-shipments} is not set. */
    static final int DEFAULT_RETAINED_SHIPMENTS = 10_000;

    /** The simulators' calls to the gateway give up connecting after this... */
    static final Duration HTTP_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** ...and waiting for its answer after this. */
    static final Duration HTTP_READ_TIMEOUT = Duration.ofSeconds(30);

    public SimulatorProperties {
        retainedShipments = retainedShipments == null ? DEFAULT_RETAINED_SHIPMENTS : retainedShipments;
        if (retainedShipments < 0) {
            throw new IllegalArgumentException("simulator.retained-shipments must be 0 (keep every record) or more, "
                    + "was " + retainedShipments);
        }
    }

    /** The simulated dossier system: how many results it submits per tick, for which agencies, its API key. */
    public record Dossier(int resultsPerTick, Duration tick, List<String> agencies, String apiKey) {
    }

    /**
     * The simulated operator: the delay between status events, the scenario (random, deliver,
     * fail-then-deliver, return, or hold: never picked up), the random shares of each, the share of create calls failing, and
     * the secret it signs its webhooks with, and how it pushes events to the gateway's webhook:
     * attempts per event before it gives up, the longest wait between two attempts, and the threads;
     * how long its tokens live, and the share of create calls answered only after {@code timeoutDelay}
     * (longer than the gateway's read timeout: the order is created, the reply comes too late); and the
     * wards it does not serve (an order to one is refused for good: 400 AREA_NOT_SERVED).
     */
    public record Vnpost(Duration stepDelay, String scenario, double failOnceShare, double returnShare,
                         double failureShare, String webhookSecret, Integer pushAttempts, Duration pushMaxBackoff,
                         Integer pushThreads, Duration tokenLifetime, double timeoutShare, Duration timeoutDelay,
                         List<String> unservedWards) {

        public Vnpost {
            pushAttempts = pushAttempts == null ? 20 : pushAttempts;
            pushMaxBackoff = pushMaxBackoff == null ? Duration.ofSeconds(60) : pushMaxBackoff;
            pushThreads = pushThreads == null ? 2 : pushThreads;
            tokenLifetime = tokenLifetime == null ? Duration.ofHours(1) : tokenLifetime;
            timeoutDelay = timeoutDelay == null ? Duration.ofSeconds(20) : timeoutDelay;
            unservedWards = unservedWards == null ? List.of() : List.copyOf(unservedWards);
        }
    }
}
