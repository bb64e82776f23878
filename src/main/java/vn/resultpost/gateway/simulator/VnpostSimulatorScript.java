package vn.resultpost.gateway.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import vn.resultpost.gateway.operator.vnpost.VnpostMessages.StatusEvent;
import vn.resultpost.gateway.security.WebhookVerifier;
import vn.resultpost.gateway.support.OutboundHttp;

/**
 * SIMULATOR: plays each simulated VNPost order through a scenario of status codes and pushes every
 * event to the gateway's webhook, retrying a push the gateway did not accept, as a carrier would:
 * up to {@code simulator.vnpost.push-attempts} times, waiting a step delay longer after each failed
 * attempt, at most {@code simulator.vnpost.push-max-backoff}. The events of one order are pushed one
 * after the other: the next only once the gateway has accepted the previous one.
 */
@Component
@ConditionalOnProperty(prefix = "simulator", name = "enabled", havingValue = "true")
public class VnpostSimulatorScript {

    static final Map<String, List<String>> SCENARIOS = Map.of(
            "hold", List.of(),
            "deliver", List.of("6", "10", "12", "14"),
            "fail-then-deliver", List.of("6", "10", "12", "15", "12", "14"),
            "return", List.of("6", "10", "12", "15", "12", "15", "16", "17", "19"));
    static final Map<String, String> NAMES = Map.of("6", "Đã nhận hàng", "10", "Đang vận chuyển",
            "12", "Đang phát", "14", "Phát thành công", "15", "Phát không thành công - người nhận vắng nhà",
            "16", "Chờ chuyển hoàn", "17", "Đang chuyển hoàn", "19", "Đã chuyển hoàn");
    private static final Logger log = LoggerFactory.getLogger(VnpostSimulatorScript.class);

    private final SimulatorProperties props;
    private final ObjectMapper json;
    private final RestClient http;
    private final ScheduledExecutorService timer;

    public VnpostSimulatorScript(SimulatorProperties props, ObjectMapper json, OutboundHttp http) {
        this.props = props;
        this.json = json;
        this.http = http.client(null, SimulatorProperties.HTTP_CONNECT_TIMEOUT, SimulatorProperties.HTTP_READ_TIMEOUT);
        this.timer = Executors.newScheduledThreadPool(props.vnpost().pushThreads(), r -> {
            Thread t = new Thread(r, "vnpost-simulator");
            t.setDaemon(true);
            return t;
        });
    }

    void start(SimulatedOrder order) {
        List<String> codes = SCENARIOS.get(scenario());
        schedule(order, codes, 0, 1);
    }

    private String scenario() {
        String s = props.vnpost().scenario();
        if (!"random".equals(s)) {
            if (!SCENARIOS.containsKey(s)) {
                throw new IllegalStateException("simulator.vnpost.scenario must be random or one of " + SCENARIOS.keySet());
            }
            return s;
        }
        double r = ThreadLocalRandom.current().nextDouble();
        return r < props.vnpost().returnShare() ? "return"
                : r < props.vnpost().returnShare() + props.vnpost().failOnceShare() ? "fail-then-deliver" : "deliver";
    }

    private void schedule(SimulatedOrder order, List<String> codes, int step, int attempt) {
        if (step >= codes.size()) {
            return;
        }
        long delay = props.vnpost().stepDelay().toMillis() * attempt;
        timer.schedule(() -> push(order, codes, step, attempt), delay, TimeUnit.MILLISECONDS);
    }

    private void push(SimulatedOrder order, List<String> codes, int step, int attempt) {
        if (order.cancelled()) {
            return;
        }
        String code = codes.get(step);
        StatusEvent event = attempt == 1 ? newEvent(order, code) : order.events().get(order.events().size() - 1);
        if (attempt == 1) {
            order.add(event);
        }
        try {
            String body = json.writeValueAsString(event);
            String timestamp = String.valueOf(Instant.now().getEpochSecond());
            http.post().uri(props.gatewayUrl() + "/api/v1/operators/vnpost/events")
                    .contentType(MediaType.APPLICATION_JSON)
                    .header(WebhookVerifier.TIMESTAMP, timestamp)
                    .header(WebhookVerifier.SIGNATURE,
                            "sha256=" + WebhookVerifier.sign(props.vnpost().webhookSecret(), timestamp + "." + body))
                    .body(body).retrieve().toBodilessEntity();
            schedule(order, codes, step + 1, 1);
        } catch (RuntimeException | JsonProcessingException e) {
            if (attempt >= props.vnpost().pushAttempts()) {
                log.warn("[vnpost-simulator] gave up pushing {} code {} after {} attempts: {}", order.itemCode(), code,
                        attempt, e.getMessage());
                return;
            }
            timer.schedule(() -> push(order, codes, step, attempt + 1), backoff(attempt), TimeUnit.MILLISECONDS);
        }
    }

    /** The wait after the {@code attempt}-th failed push: a step delay longer each time, capped. */
    private long backoff(int attempt) {
        long step = props.vnpost().stepDelay().toMillis();
        long cap = props.vnpost().pushMaxBackoff().toMillis();
        return attempt >= cap / Math.max(1, step) ? cap : Math.min(cap, step * attempt);
    }

    private static StatusEvent newEvent(SimulatedOrder order, String code) {
        return new StatusEvent(order.itemCode(), order.request().orderReference(), code, NAMES.get(code),
                OffsetDateTime.now(ZoneOffset.ofHours(7)).toString());
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
