package vn.resultpost.gateway.chaos;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * When the chaos run kills a gateway: at random progress points (2-95 % of the run), each then after a random extra
 * wait and only once its target has been ready for a while, so that each kill hits a working gateway and not one
 * still starting. With several instances the kills take them in turn, and only while all the others serve.
 */
final class KillSchedule {

    private final ChaosOptions o;
    private final Random random;
    private final double[] killAt;
    private int kills;
    private Instant dueSince;
    private long extraWait;

    KillSchedule(ChaosOptions o, Random random) {
        this.o = o;
        this.random = random;
        this.killAt = new double[o.kills()];
        for (int i = 0; i < killAt.length; i++) {
            killAt[i] = 0.02 + random.nextDouble() * 0.93;
        }
        Arrays.sort(killAt);
    }

    /** The next kill's target if it is due now (counted as made), else null. */
    GatewayInstance due(double progress, Instant now, List<GatewayInstance> gateways) {
        if (kills >= killAt.length || progress < killAt[kills]) {
            return null;
        }
        GatewayInstance target = gateways.get(kills % gateways.size());
        if (dueSince == null) {
            dueSince = now;
            extraWait = o.killUptimeMax().toMillis() <= 0 ? 0 : (long) (random.nextDouble() * o.killUptimeMax().toMillis());
        }
        boolean upLongEnough = target.readyAt() != null
                && Duration.between(target.readyAt(), now).compareTo(o.killUptimeMin()) >= 0
                // with several instances one always survives: the others must be serving
                && gateways.stream().allMatch(g -> g == target || g.readyAt() != null);
        if (!upLongEnough || Duration.between(dueSince, now).toMillis() < extraWait) {
            return null;
        }
        kills++;
        dueSince = null;
        return target;
    }

    /** Kills made so far. */
    int made() {
        return kills;
    }

    /** Whether every kill has been made. */
    boolean done() {
        return kills >= killAt.length;
    }

    /** The progress points, for the log. */
    String describe() {
        return Arrays.toString(Arrays.stream(killAt).mapToObj(p -> String.format("%.3f", p)).toArray());
    }
}
