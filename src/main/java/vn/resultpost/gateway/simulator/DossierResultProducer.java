package vn.resultpost.gateway.simulator;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import vn.resultpost.gateway.support.OutboundHttp;

/** SIMULATOR: the dossier system's producer: submits sample results to the gateway's REST API, on a timer. */
final class DossierResultProducer {

    /** Logs as the dossier system simulator, the name its log lines have always had. */
    private static final Logger log = LoggerFactory.getLogger(DossierSystemSimulator.class);

    private final SimulatorProperties props;
    private final RestClient http;
    private final AtomicInteger sequence = new AtomicInteger(ThreadLocalRandom.current().nextInt(1, 5000));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dossier-simulator");
        t.setDaemon(true);
        return t;
    });

    DossierResultProducer(SimulatorProperties props, OutboundHttp http) {
        this.props = props;
        this.http = http.client(props.gatewayUrl(), SimulatorProperties.HTTP_CONNECT_TIMEOUT,
                        SimulatorProperties.HTTP_READ_TIMEOUT)
                .mutate().defaultHeader("X-API-Key", props.dossier().apiKey()).build();
    }

    /** Submits {@code simulator.dossier.results-per-tick} results every tick, from 2 s on (none if 0). */
    void start() {
        SimulatorProperties.Dossier d = props.dossier();
        if (d.resultsPerTick() > 0) {
            log.info("[dossier-system] submitting {} result(s) every {} to {}", d.resultsPerTick(), d.tick(),
                    props.gatewayUrl());
            timer.scheduleAtFixedRate(this::tick, 2000, d.tick().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void tick() {
        List<String> agencies = props.dossier().agencies();
        for (int i = 0; i < props.dossier().resultsPerTick(); i++) {
            String agency = agencies.get(ThreadLocalRandom.current().nextInt(agencies.size()));
            submit(SampleResults.result(agency, SampleResults.dossierCode(agency, sequence.incrementAndGet())));
        }
    }

    /** Submits one result; returns the HTTP status (0: the gateway did not answer). */
    int submit(Map<String, Object> result) {
        try {
            var reply = http.post().uri("/api/v1/results").contentType(MediaType.APPLICATION_JSON).body(result)
                    .retrieve().toBodilessEntity();
            log.info("[dossier-system] submitted {} → HTTP {}", result.get("dossierCode"), reply.getStatusCode().value());
            return reply.getStatusCode().value();
        } catch (RestClientResponseException e) {
            log.warn("[dossier-system] {} refused: HTTP {} {}", result.get("dossierCode"), e.getStatusCode().value(),
                    e.getResponseBodyAsString());
            return e.getStatusCode().value();
        } catch (RuntimeException e) {
            log.warn("[dossier-system] gateway unreachable: {}", e.getMessage());
            return 0;
        }
    }

    void stop() {
        timer.shutdownNow();
    }
}
