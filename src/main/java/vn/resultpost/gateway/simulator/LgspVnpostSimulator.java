package vn.resultpost.gateway.simulator;

import static vn.resultpost.gateway.simulator.LgspServiceRouter.fault;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * SIMULATOR, not production code: a provincial LGSP in front of VNPost's HCC channel. {@code POST /token}:
 * OAuth2 client credentials (consumer key and secret as HTTP Basic), tokens that expire; {@code POST
 * /api?service=...} with a Bearer token: post order, cancel order, order tracking, dispatched on the service
 * name by {@link LgspServiceRouter} to the order book {@link LgspVnpostOrders}; a share of calls answered 503 or
 * too late (faults, GET/PUT {@code /behaviour}).
 */
@RestController
@RequestMapping("/simulator/lgsp")
@ConditionalOnProperty(prefix = "simulator", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(LgspVnpostSimulatorProperties.class)
public class LgspVnpostSimulator {

    private final LgspVnpostSimulatorProperties props;
    private final LgspVnpostOrders orders;
    private final LgspServiceRouter router;
    private final LgspTokens tokens;
    private final AtomicInteger failedCalls = new AtomicInteger();
    private final AtomicInteger slowReplies = new AtomicInteger();
    private volatile Behaviour behaviour;

    public LgspVnpostSimulator(LgspVnpostSimulatorProperties props, SimulatorProperties simulator, ObjectMapper json,
                               ObjectProvider<Clock> clock) {
        this.props = props;
        Clock time = clock.getIfAvailable(Clock::systemUTC);
        this.orders = new LgspVnpostOrders(time, simulator.retainedShipments());
        this.router = new LgspServiceRouter(props, json, orders);
        this.tokens = new LgspTokens(props.consumerKey(), props.consumerSecret(), props.tokenLifetime(), time);
        this.behaviour = new Behaviour(props.scenario(), props.failureShare(), props.timeoutShare());
    }

    @PostMapping("/token")
    public ResponseEntity<Object> token(
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestParam(value = "grant_type", required = false) String grantType) {
        if (!"client_credentials".equals(grantType)) {
            return ResponseEntity.badRequest().body(Map.of("error", "unsupported_grant_type"));
        }
        return tokens.grant(authorization).<ResponseEntity<Object>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(401).body(Map.of("error", "invalid_client",
                        "error_description", "A correct consumer key and secret are required (HTTP Basic)")));
    }

    @PostMapping("/api")
    public ResponseEntity<Object> service(
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestParam("service") String service, @RequestBody(required = false) byte[] body) {
        if (!tokens.valid(authorization)) {
            return fault(401, 900901, "Invalid Credentials", "Access token expired or invalid");
        }
        Behaviour b = behaviour;
        if (ThreadLocalRandom.current().nextDouble() < b.failureShare()) {
            failedCalls.incrementAndGet();
            return fault(503, 101503, "Runtime Error", "Error connecting to the back end (simulated outage)");
        }
        ResponseEntity<Object> reply = router.route(service, body, b.scenario());
        if (ThreadLocalRandom.current().nextDouble() < b.timeoutShare()) {
            slowReplies.incrementAndGet();
            LateReply.hold(props.timeoutDelay());
        }
        return reply;
    }

    @GetMapping("/behaviour")
    public Behaviour behaviour() {
        return behaviour;
    }

    @PutMapping("/behaviour")
    public Behaviour behaviour(@RequestBody Behaviour next) {
        LgspVnpostOrders.scenario(next.scenario(), 0, 0); // refuses an unknown scenario
        this.behaviour = next;
        return next;
    }

    @GetMapping("/stats")
    public Stats stats() {
        return new Stats(orders.created(), tokens.issued(), tokens.refused(), failedCalls.get(), slowReplies.get(),
                orders.duplicates());
    }

    /** Orders held for an OrderNumber (0 or 1). */
    public int ordersFor(String orderNumber) {
        return orders.ordersFor(orderNumber);
    }

    /** Post-order calls that reached the order book with this OrderNumber (a retry makes it more than 1). */
    public int createCallsFor(String orderNumber) {
        return orders.callsFor(orderNumber);
    }

    /** The order with this OrderNumber, or null. */
    public LgspSimulatedOrder order(String orderNumber) {
        return orders.order(orderNumber);
    }

    /** What the simulator does now: the scenario of new orders, the shares of 503 and of too-late replies. */
    public record Behaviour(String scenario, double failureShare, double timeoutShare) {
    }

    /**
     * Counters since start-up: orders created (dropped records included), tokens issued, calls refused for a bad
     * or expired token, calls answered 503, replies delayed past the timeout, post orders refused as duplicates.
     */
    public record Stats(int orders, int tokensIssued, int refusedTokens, int failedCalls, int slowReplies,
                        int duplicateCalls) {
    }
}
