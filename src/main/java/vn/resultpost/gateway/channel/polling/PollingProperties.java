package vn.resultpost.gateway.channel.polling;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the polling channel ({@code gateway.channels.polling.*}): the dossier systems whose list of results
 * ready for postal return the gateway polls. Defaults in config/application.yml; docs/polling-channel.md.
 *
 * @param tick    how often the route looks for a source that is due
 * @param lease   how long a claimed source is kept from other instances (longer than a whole poll)
 * @param sources the sources by name (the name keys the persisted cursor: do not rename one)
 */
@ConfigurationProperties(prefix = "gateway.channels.polling")
public record PollingProperties(Duration tick, Duration lease, Map<String, Source> sources) {

    public PollingProperties {
        tick = tick == null ? Duration.ofSeconds(1) : tick;
        lease = lease == null ? Duration.ofMinutes(5) : lease;
        sources = sources == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(sources));
    }

    /**
     * One dossier system's list API.
     *
     * @param enabled         polled at all
     * @param url             the list's URL; the gateway adds {@code after=<cursor>&limit=<page-size>}
     * @param agencies        the agencies whose results it lists (each must allow POLLING); an item of another is refused
     * @param interval        time between two polls (a poll takes pages until the list has no more, or max-pages)
     * @param pageSize        items asked for per page
     * @param maxPagesPerPoll pages taken in one poll at most (the rest waits for the next)
     * @param authHeader      the header that carries the credential (e.g. X-API-Key, or Authorization)
     * @param credential      its value (e.g. {@code Bearer <token>}): from an environment variable
     * @param connectTimeout  connecting to the dossier system
     * @param readTimeout     waiting for a page
     */
    public record Source(Boolean enabled, String url, List<String> agencies, Duration interval, Integer pageSize,
                         Integer maxPagesPerPoll, String authHeader, String credential, Duration connectTimeout,
                         Duration readTimeout) {

        public Source {
            enabled = enabled == null || enabled;
            agencies = agencies == null ? List.of() : List.copyOf(agencies);
            interval = interval == null ? Duration.ofMinutes(1) : interval;
            pageSize = pageSize == null ? 50 : pageSize;
            maxPagesPerPoll = maxPagesPerPoll == null ? 20 : maxPagesPerPoll;
            authHeader = authHeader == null || authHeader.isBlank() ? "X-API-Key" : authHeader.strip();
            credential = credential == null ? "" : credential;
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
            readTimeout = readTimeout == null ? Duration.ofSeconds(30) : readTimeout;
        }
    }
}
