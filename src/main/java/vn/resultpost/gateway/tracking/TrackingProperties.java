package vn.resultpost.gateway.tracking;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The tracking poller ({@code gateway.tracking.*}), for operators that do not push their events: how
 * often it looks for due shipments, how many it claims at once, how long after the order and then how
 * often it polls each one (per operator if set), and how long a claim keeps other instances away.
 */
@ConfigurationProperties(prefix = "gateway.tracking")
public record TrackingProperties(Duration tick, int batchSize, Duration firstPoll, Duration interval,
                                 Map<String, Duration> operatorIntervals, Duration lease) {

    public TrackingProperties {
        tick = tick == null ? Duration.ofSeconds(5) : tick;
        batchSize = batchSize <= 0 ? 100 : batchSize;
        firstPoll = firstPoll == null ? Duration.ofMinutes(1) : firstPoll;
        interval = interval == null ? Duration.ofMinutes(15) : interval;
        operatorIntervals = operatorIntervals == null ? Map.of() : Map.copyOf(operatorIntervals);
        lease = lease == null ? Duration.ofMinutes(5) : lease;
    }

    /** How often shipments of {@code operator} are polled. */
    public Duration intervalOf(String operator) {
        return operatorIntervals.getOrDefault(operator, interval);
    }
}
