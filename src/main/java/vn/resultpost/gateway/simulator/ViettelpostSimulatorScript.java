package vn.resultpost.gateway.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import vn.resultpost.gateway.operator.viettelpost.ViettelpostMessages.StatusData;
import vn.resultpost.gateway.operator.viettelpost.ViettelpostMessages.Webhook;
import vn.resultpost.gateway.support.OutboundHttp;

/**
 * SIMULATOR: plays each simulated Viettel Post order through a scenario of status codes and pushes every
 * event to the gateway's webhook with the TOKEN in the body, retrying a push the gateway did not accept:
 * up to {@code simulator.viettelpost.push-attempts} times, a step delay longer after each failed attempt,
 * at most {@code push-max-backoff}. The next event of an order is pushed only once the previous one is accepted.
 */
@Component
@ConditionalOnProperty(prefix = "simulator", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(ViettelpostSimulatorProperties.class)
public class ViettelpostSimulatorScript {

    static final Map<String, List<Integer>> SCENARIOS = Map.of(
            "deliver", List.of(105, 200, 300, 400, 500, 501),
            "fail-then-deliver", List.of(105, 200, 300, 400, 500, 506, 508, 501),
            "return", List.of(105, 200, 300, 400, 500, 506, 550, 507, 505, 502, 504));
    static final int CANCELLED = 107;
    static final Map<Integer, String> NAMES = Map.ofEntries(Map.entry(105, "Bưu tá đã nhận hàng"),
            Map.entry(107, "Đối tác yêu cầu hủy qua API"), Map.entry(200, "Nhận từ bưu tá - Bưu cục gốc"),
            Map.entry(300, "Khai thác đi"), Map.entry(400, "Nhận bảng kê đến"), Map.entry(500, "Giao bưu tá đi phát"),
            Map.entry(501, "Thành công - Phát thành công"), Map.entry(502, "Chuyển hoàn bưu cục gốc"),
            Map.entry(504, "Thành công - Chuyển trả người gửi"),
            Map.entry(505, "Tồn - Thông báo chuyển hoàn bưu cục gốc"),
            Map.entry(506, "Tồn - Khách hàng nghỉ, không có nhà"), Map.entry(507, "Tồn - Khách hàng đến bưu cục nhận"),
            Map.entry(508, "Phát tiếp"), Map.entry(550, "Đơn vị yêu cầu phát tiếp"));
    private static final Logger log = LoggerFactory.getLogger(ViettelpostSimulatorScript.class);

    private final ViettelpostSimulatorProperties props;
    private final String gatewayUrl;
    private final ObjectMapper json;
    private final RestClient http;
    private final ScheduledExecutorService timer;
    private volatile String scenarioOverride;

    public ViettelpostSimulatorScript(ViettelpostSimulatorProperties props, SimulatorProperties simulator,
                                      ObjectMapper json, OutboundHttp http) {
        this.props = props;
        this.gatewayUrl = simulator.gatewayUrl();
        this.json = json;
        this.http = http.client(null, SimulatorProperties.HTTP_CONNECT_TIMEOUT, SimulatorProperties.HTTP_READ_TIMEOUT);
        this.timer = Executors.newScheduledThreadPool(props.pushThreads(), r -> {
            Thread t = new Thread(r, "viettelpost-simulator");
            t.setDaemon(true);
            return t;
        });
    }

    /** Plays the orders created from now on through {@code scenario} (null: back to the configured one). */
    public void useScenario(String scenario) {
        if (scenario != null && !SCENARIOS.containsKey(scenario)) {
            throw new IllegalArgumentException("scenario must be one of " + SCENARIOS.keySet());
        }
        this.scenarioOverride = scenario;
    }

    void start(ViettelpostSimulatedOrder order) {
        schedule(order, SCENARIOS.get(scenario()), 0, 1);
    }

    /** The order was cancelled through the API: Viettel reports it (107) and plays nothing further. */
    void cancelled(ViettelpostSimulatedOrder order) {
        schedule(order, List.of(CANCELLED), 0, 1);
    }

    private String scenario() {
        String s = scenarioOverride != null ? scenarioOverride : props.scenario();
        if (!"random".equals(s)) {
            if (!SCENARIOS.containsKey(s)) {
                throw new IllegalStateException("simulator.viettelpost.scenario must be random or one of "
                        + SCENARIOS.keySet());
            }
            return s;
        }
        double r = ThreadLocalRandom.current().nextDouble();
        return r < props.returnShare() ? "return"
                : r < props.returnShare() + props.failOnceShare() ? "fail-then-deliver" : "deliver";
    }

    private void schedule(ViettelpostSimulatedOrder order, List<Integer> codes, int step, int attempt) {
        if (step < codes.size()) {
            long delay = props.stepDelay().toMillis() * attempt;
            timer.schedule(() -> push(order, codes, step, attempt), delay, TimeUnit.MILLISECONDS);
        }
    }

    private void push(ViettelpostSimulatedOrder order, List<Integer> codes, int step, int attempt) {
        int code = codes.get(step);
        if (order.cancelled() && code != CANCELLED) {
            return;
        }
        StatusData event = attempt == 1 ? newEvent(order, code) : order.events().get(order.events().size() - 1);
        if (attempt == 1) {
            order.add(event);
        }
        try {
            String body = json.writeValueAsString(new Webhook(event, props.webhookToken()));
            http.post().uri(gatewayUrl + "/api/v1/operators/viettelpost/events").contentType(MediaType.APPLICATION_JSON)
                    .body(body).retrieve().toBodilessEntity();
            schedule(order, codes, step + 1, 1);
        } catch (RuntimeException | JsonProcessingException e) {
            if (attempt >= props.pushAttempts()) {
                log.warn("[viettelpost-simulator] gave up pushing {} code {} after {} attempts: {}", order.waybill(),
                        code, attempt, e.getMessage());
                return;
            }
            timer.schedule(() -> push(order, codes, step, attempt + 1), backoff(attempt), TimeUnit.MILLISECONDS);
        }
    }

    /** The wait after the {@code attempt}-th failed push: a step delay longer each time, capped. */
    private long backoff(int attempt) {
        long step = props.stepDelay().toMillis();
        long cap = props.pushMaxBackoff().toMillis();
        return attempt >= cap / Math.max(1, step) ? cap : Math.min(cap, step * attempt);
    }

    private static StatusData newEvent(ViettelpostSimulatedOrder order, int code) {
        return new StatusData(order.waybill(), order.request().orderNumber(),
                order.nextTime().format(ViettelpostSimulator.STATUS_DATE), code, NAMES.get(code),
                code >= 500 ? "Bưu cục phát" : "Trung tâm khai thác", code == 506 ? "Người nhận vắng nhà" : "",
                order.request().moneyCollection(), order.request().productWeight());
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
