package vn.resultpost.gateway.simulator;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * SIMULATOR settings of the simulated dossier system's list of results ready for postal return
 * ({@code simulator.ready-for-post.*}): the API key it asks of its callers, and how many results it lists per tick
 * (0: only those tests add) for which agencies.
 */
@ConfigurationProperties(prefix = "simulator.ready-for-post")
public record ReadyForPostSimulatorProperties(String apiKey, int resultsPerTick, Duration tick, List<String> agencies) {

    public ReadyForPostSimulatorProperties {
        apiKey = apiKey == null ? "demo-only-ready-for-post-key" : apiKey;
        tick = tick == null ? Duration.ofSeconds(5) : tick;
        agencies = agencies == null || agencies.isEmpty() ? List.of("000.00.12.H26") : List.copyOf(agencies);
    }
}
