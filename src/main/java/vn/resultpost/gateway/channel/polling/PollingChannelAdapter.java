package vn.resultpost.gateway.channel.polling;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.resultpost.gateway.intake.AgencyDirectory;
import vn.resultpost.gateway.intake.Channel;
import vn.resultpost.gateway.security.SecurityProperties;
import vn.resultpost.gateway.store.PollingSourceRepository;
import vn.resultpost.gateway.store.PollingSourceRepository.Claim;
import vn.resultpost.gateway.support.OutboundHttp;

/**
 * Polling Consumer of the dossier systems' lists of results ready for postal return (route
 * {@code poll-dossier-systems}): each due source is claimed (row claim, safe on every instance), then its list is
 * read page by page from the persisted cursor and each page taken by {@link PolledPageIntake}. A source that is
 * down, or a page that cannot be read, is recorded on the source's row and polled again after its interval,
 * from the same cursor: nothing is skipped.
 */
@Component("pollingChannel")
public class PollingChannelAdapter {

    public static final String OK = "OK";
    public static final String UNAVAILABLE = "UNAVAILABLE";
    public static final String UNREADABLE_PAGE = "UNREADABLE_PAGE";
    public static final String FAILED = "FAILED";
    private static final Logger log = LoggerFactory.getLogger(PollingChannelAdapter.class);

    private final PollingProperties props;
    private final PollingSourceRepository sources;
    private final PolledPageIntake pages;
    private final ReadyPageReader reader;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Map<String, ReadyListClient> clients = new ConcurrentHashMap<>();
    private final Set<String> registered = ConcurrentHashMap.newKeySet();

    public PollingChannelAdapter(PollingProperties props, PollingSourceRepository sources, PolledPageIntake pages,
                                 AgencyDirectory agencies, ObjectMapper json, OutboundHttp http,
                                 SecurityProperties security, TransactionTemplate tx, Clock clock) {
        this.props = props;
        this.sources = sources;
        this.pages = pages;
        // A page holds up to page-size results of at most max-body-bytes each, and its own framing.
        long maxPageBytes = security.maxBodyBytes() * (props.sources().values().stream()
                .mapToLong(PollingProperties.Source::pageSize).max().orElse(1) + 1);
        this.reader = new ReadyPageReader(json, maxPageBytes);
        this.tx = tx;
        this.clock = clock;
        props.sources().forEach((name, source) -> {
            if (source.enabled()) {
                check(name, source, agencies);
                clients.put(name, new ReadyListClient(http, source, security.maxBodyBytes() * (source.pageSize() + 1L)));
            }
        });
    }

    /** Refuses to start with a source that cannot work: no URL, no agency, or an agency that does not poll. */
    static void check(String name, PollingProperties.Source source, AgencyDirectory agencies) {
        String at = "gateway.channels.polling.sources." + name;
        if (source.url() == null || source.url().isBlank()) {
            throw new IllegalStateException(at + ".url is required");
        }
        if (source.agencies().isEmpty()) {
            throw new IllegalStateException(at + ".agencies must name the agencies whose results it lists");
        }
        for (String agency : source.agencies()) {
            if (!agencies.knows(agency) || !agencies.accepts(agency, Channel.POLLING)) {
                throw new IllegalStateException(at + ".agencies: agency " + agency + " is not configured under "
                        + "gateway.agencies or does not allow POLLING in its inbound-channels");
            }
        }
    }

    /** Polls every enabled source that is due and not held by another instance; returns how many were polled. */
    public int pollDue() {
        int polled = 0;
        for (Map.Entry<String, ReadyListClient> e : clients.entrySet()) {
            try {
                polled += poll(e.getKey()) ? 1 : 0;
            } catch (RuntimeException failure) {
                log.warn("Polling source {} could not be claimed: {}", e.getKey(), failure.getMessage());
            }
        }
        return polled;
    }

    /** Polls the source if it is due and free; returns whether it did. */
    boolean poll(String name) {
        PollingProperties.Source source = props.sources().get(name);
        Instant now = clock.instant();
        if (!registered.contains(name)) {
            sources.register(name, now);
            registered.add(name);
        }
        Instant leaseUntil = now.plus(props.lease());
        Optional<Claim> claim = tx.execute(t -> sources.claim(name, now, leaseUntil));
        if (claim == null || claim.isEmpty()) {
            return false;
        }
        String cursor = claim.get().cursor();
        String outcome = OK;
        String error = null;
        boolean more = false;
        int taken = 0;
        try {
            for (int page = 0; page < source.maxPagesPerPoll(); page++) {
                ReadyPage read = reader.read(clients.get(name).fetch(cursor));
                PolledPageIntake.Taken t = pages.take(name, source, cursor, read);
                taken += read.items().size();
                cursor = t.cursor();
                more = read.hasMore() && !read.items().isEmpty();
                // Stop while the claim still holds: another page might outlast the lease (the rest at the next tick).
                if (!more || clock.instant().plus(source.readTimeout()).isAfter(leaseUntil)) {
                    break;
                }
            }
        } catch (PolledPageIntake.CursorMovedException moved) {
            // This claim's lease ran out and another instance holds the source now: leave its row to it.
            log.warn("Polling source {}: {}; the page was not taken here", name, moved.getMessage());
            return true;
        } catch (SourceUnavailableException | UnreadablePageException e) {
            outcome = e instanceof SourceUnavailableException ? UNAVAILABLE : UNREADABLE_PAGE;
            error = e.getMessage();
            log.warn("Polling source {} after cursor {}: {} ({}); polled again in {}, from the same cursor", name,
                    cursor, error, outcome, source.interval());
        } catch (RuntimeException e) {
            outcome = FAILED;
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
            log.warn("Polling source {} after cursor {} failed, the page is taken again in {}: {}", name, cursor,
                    source.interval(), error);
        }
        Instant end = clock.instant();
        // A poll cut short by max-pages-per-poll goes on at the next tick; otherwise after the interval.
        Instant next = more && error == null ? end : end.plus(source.interval());
        String finalOutcome = outcome;
        String finalError = error;
        tx.executeWithoutResult(t -> sources.finished(name, end, next, finalOutcome, finalError));
        if (taken > 0) {
            log.info("Polling source {}: {} item(s) taken, cursor now {}", name, taken, cursor);
        }
        return true;
    }
}
