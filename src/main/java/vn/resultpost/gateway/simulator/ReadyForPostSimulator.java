package vn.resultpost.gateway.simulator;

import jakarta.annotation.PreDestroy;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * SIMULATOR, not production code: the dossier system's list of results ready for postal return, which the
 * gateway's polling channel reads. {@code GET /simulator/dossier/ready-for-post?after=<cursor>&limit=<n>} with the
 * {@code X-API-Key} it was given: {@code {items: [{cursor, result}], nextCursor, hasMore}}, oldest first; an
 * append-only list whose cursors are positions, holding the last {@code simulator.retained-shipments} results
 * (0: all; a cursor before them reads on from the oldest held). Counts how often each item was served; can be
 * down (503) or serve a broken page ({@code PUT .../behaviour}). The list itself is {@link ReadyForPostList}.
 */
@RestController
@RequestMapping("/simulator/dossier/ready-for-post")
@ConditionalOnProperty(prefix = "simulator", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(ReadyForPostSimulatorProperties.class)
public class ReadyForPostSimulator {

    private static final Logger log = LoggerFactory.getLogger(ReadyForPostSimulator.class);
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    private final ReadyForPostSimulatorProperties props;
    private final ReadyForPostList results;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ready-for-post-simulator");
        t.setDaemon(true);
        return t;
    });
    private volatile Behaviour behaviour = new Behaviour(false, false);

    public ReadyForPostSimulator(ReadyForPostSimulatorProperties props, SimulatorProperties simulator) {
        this.props = props;
        this.results = new ReadyForPostList(simulator.retainedShipments());
    }

    @EventListener(ApplicationReadyEvent.class)
    void startListing() {
        if (props.resultsPerTick() > 0) {
            log.info("[dossier-system] listing {} result(s) ready for post every {}", props.resultsPerTick(), props.tick());
            timer.scheduleAtFixedRate(this::tick, 1000, props.tick().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void tick() {
        for (int i = 0; i < props.resultsPerTick(); i++) {
            String agency = props.agencies().get(ThreadLocalRandom.current().nextInt(props.agencies().size()));
            String dossier = agency + "-" + LocalDate.now().format(YYMMDD) + "-P"
                    + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
            String cursor = add(SampleResults.result(agency, dossier));
            log.info("[dossier-system] {} ready for post (list cursor {})", dossier, cursor);
        }
    }

    /** Lists a result (a submission's JSON fields, or anything else to see it refused); returns its cursor. */
    public String add(Object result) {
        return results.add(result);
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Object> list(@RequestHeader(name = "X-API-Key", required = false) String apiKey,
                                       @RequestParam(required = false) String after,
                                       @RequestParam(defaultValue = "50") int limit) {
        if (!props.apiKey().equals(apiKey)) {
            return ResponseEntity.status(401).body(Map.of("error", "a valid X-API-Key is required"));
        }
        Behaviour b = behaviour;
        if (b.down()) {
            return ResponseEntity.status(503).body(Map.of("error", "the dossier system is down"));
        }
        if (b.brokenPages()) {
            return ResponseEntity.ok("{\"items\": [{\"cursor\": ");
        }
        int from;
        try {
            from = after == null || after.isBlank() ? 0 : Integer.parseInt(after.strip());
        } catch (NumberFormatException e) {
            return ResponseEntity.badRequest().body(Map.of("error", "unknown cursor " + after));
        }
        return ResponseEntity.ok(results.page(from, Math.max(1, Math.min(limit, 500))));
    }

    /** How many times each item (by cursor) was served. */
    public Map<String, Integer> served() {
        return results.served();
    }

    @PutMapping("/behaviour")
    public Behaviour behave(@RequestBody Behaviour next) {
        this.behaviour = next;
        return next;
    }

    /**
     * Faults of the list.
     *
     * @param down        answers 503
     * @param brokenPages answers 200 with a page that is not JSON
     */
    public record Behaviour(boolean down, boolean brokenPages) {
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
