package vn.resultpost.gateway.intake;

import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Backpressure on intake ({@code gateway.intake.backlog.*}): at {@code max} results or more accepted and still
 * waiting for their order (0 turns it off), new results over {@code channels} are refused for now with
 * Retry-After {@code retryAfter}; the count is read from the database at most once per {@code refresh}.
 */
@ConfigurationProperties(prefix = "gateway.intake.backlog")
public record BacklogProperties(long max, Duration refresh, Duration retryAfter, Set<Channel> channels) {

    public BacklogProperties {
        refresh = refresh == null ? Duration.ofSeconds(1) : refresh;
        retryAfter = retryAfter == null ? Duration.ofSeconds(30) : retryAfter;
        channels = channels == null || channels.isEmpty() ? Set.of(Channel.REST, Channel.SOAP) : Set.copyOf(channels);
        if (max < 0 || refresh.isNegative() || retryAfter.isNegative()) {
            throw new IllegalArgumentException("gateway.intake.backlog.max, refresh and retry-after must be >= 0");
        }
        if (!Set.of(Channel.REST, Channel.SOAP).containsAll(channels)) {
            throw new IllegalArgumentException("gateway.intake.backlog.channels may name REST and SOAP only: a JMS, "
                    + "polling or batch result refused for the backlog would only be redelivered or polled again");
        }
    }

    /** Retry-After in whole seconds, rounded up, at least 1. */
    int retryAfterSeconds() {
        return (int) Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
