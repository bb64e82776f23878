package vn.resultpost.gateway.tracking;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The status Resequencer ({@code gateway.tracking.resequence.*}): how long an operator event that
 * overtook the step before it is held back for that step to arrive, and how often it is looked at again.
 */
@ConfigurationProperties(prefix = "gateway.tracking.resequence")
public record ResequencerProperties(Duration window, Duration retry) {

    public ResequencerProperties {
        window = window == null ? Duration.ofSeconds(30) : window;
        retry = retry == null ? Duration.ofSeconds(2) : retry;
        if (window.isNegative() || retry.isNegative() || retry.isZero()) {
            throw new IllegalArgumentException("gateway.tracking.resequence.window must be >= 0 and retry > 0");
        }
    }
}
