package vn.resultpost.gateway.simulator;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.resultpost.gateway.operator.vnpost.VnpostMessages.CreateOrder;
import vn.resultpost.gateway.operator.vnpost.VnpostMessages.ErrorReply;
import vn.resultpost.gateway.operator.vnpost.VnpostMessages.OrderReply;
import vn.resultpost.gateway.operator.vnpost.VnpostMessages.TokenReply;
import vn.resultpost.gateway.operator.vnpost.VnpostMessages.TokenRequest;
import vn.resultpost.gateway.operator.vnpost.VnpostMessages.Tracking;

/**
 * SIMULATOR, not production code: a VNPost-style operator API. Issues expiring tokens and S10 waybills,
 * refuses a second order with the same reference the way a carrier does (409 DUPLICATE_REFERENCE),
 * cancels only before pickup, and has {@link VnpostSimulatorScript} push status events. The orders and their
 * rules are {@link VnpostSimulatorOrders}; this class is the HTTP API, its tokens and its late replies.
 */
@RestController
@RequestMapping("/simulator/vnpost/api/v1")
@ConditionalOnProperty(prefix = "simulator", name = "enabled", havingValue = "true")
public class VnpostSimulator {

    private final OperatorTokens tokens;
    private final VnpostSimulatorOrders orders;
    private final SimulatorFaults faults;
    private final SimulatorProperties.Vnpost props;

    public VnpostSimulator(VnpostSimulatorScript script, SimulatorFaults faults, SimulatorProperties props) {
        this.faults = faults;
        this.props = props.vnpost();
        this.tokens = new OperatorTokens(this.props.tokenLifetime());
        this.orders = new VnpostSimulatorOrders(script, faults, this.props, props.retainedShipments());
    }

    @PostMapping("/auth/token")
    public ResponseEntity<Object> token(@RequestBody TokenRequest request) {
        if (request.username() == null || request.password() == null || request.customerCode() == null) {
            return ResponseEntity.status(401).body(new ErrorReply("UNAUTHORIZED", "username, password and customerCode"));
        }
        String token = UUID.randomUUID().toString();
        tokens.issue(token);
        return ResponseEntity.ok(new TokenReply(token, props.tokenLifetime().toSeconds()));
    }

    @PostMapping("/orders")
    public ResponseEntity<Object> create(@RequestHeader(value = "h-token", required = false) String token,
                                         @RequestBody CreateOrder order) throws InterruptedException {
        ResponseEntity<Object> reply = tokens.valid(token) ? orders.create(order) : unauthorised();
        if (reply.getStatusCode().is2xxSuccessful() && faults.operatorTimesOut(props.timeoutShare())) {
            orders.timedOut();
            Thread.sleep(props.timeoutDelay().toMillis()); // SIMULATOR: a reply that comes after the caller gave up
        }
        return reply;
    }

    @GetMapping("/orders")
    public ResponseEntity<Object> find(@RequestHeader(value = "h-token", required = false) String token,
                                       @RequestParam String orderReference) {
        if (!tokens.valid(token)) {
            return unauthorised();
        }
        SimulatedOrder o = orders.byReference(orderReference);
        return o == null ? notFound(orderReference) : ResponseEntity.ok(new OrderReply(o.itemCode(), orderReference,
                VnpostSimulatorOrders.fee(o.request()), o.lastCode()));
    }

    @PostMapping("/orders/{itemCode}/cancel")
    public ResponseEntity<Object> cancel(@RequestHeader(value = "h-token", required = false) String token,
                                         @PathVariable String itemCode) {
        if (!tokens.valid(token)) {
            return unauthorised();
        }
        SimulatedOrder o = orders.byWaybill(itemCode);
        if (o == null) {
            return notFound(itemCode);
        }
        return o.cancel() ? ResponseEntity.ok(Map.of("itemCode", itemCode, "statusCode", "22"))
                : ResponseEntity.status(409).body(new ErrorReply("ALREADY_PICKED_UP", "cancel only before pickup"));
    }

    @GetMapping("/orders/{itemCode}/tracking")
    public ResponseEntity<Object> tracking(@RequestHeader(value = "h-token", required = false) String token,
                                           @PathVariable String itemCode) {
        if (!tokens.valid(token)) {
            return unauthorised();
        }
        SimulatedOrder o = orders.byWaybill(itemCode);
        return o == null ? notFound(itemCode) : ResponseEntity.ok(new Tracking(itemCode, o.events()));
    }

    /** Orders this simulator holds for a reference (0 or 1) and create calls received: for tests and the demo. */
    public int ordersFor(String reference) {
        return orders.byReference(reference) == null ? 0 : 1;
    }

    /** Create-order calls received with this reference (a retry after a lost reply makes it more than 1). */
    public int createCallsFor(String reference) {
        return orders.createCallsFor(reference);
    }

    public int createCalls() {
        return orders.createCalls();
    }

    /** Token requests answered so far (an expired token makes the gateway log in again). */
    public int logins() {
        return tokens.logins();
    }

    /** The orders held: the last {@code simulator.retained-shipments} created (0: all), oldest first. */
    public List<SimulatedOrder> orders() {
        return orders.all();
    }

    /** What the simulated operator has seen so far: orders created and create calls by outcome. */
    public Stats stats() {
        return orders.stats();
    }

    /**
     * Counters of the simulated operator since start-up (orders whose records were dropped included).
     *
     * @param orders         orders created (one per reference at most)
     * @param createCalls    authorised create-order calls received
     * @param failedCalls    of those, answered 503 by fault injection (nothing created)
     * @param lostReplies    of those, order created but answered 504 by fault injection
     * @param duplicateCalls of those, refused 409 DUPLICATE_REFERENCE (reference already used)
     */
    public record Stats(int orders, int createCalls, int failedCalls, int lostReplies, int duplicateCalls) {
    }

    private static ResponseEntity<Object> unauthorised() {
        return ResponseEntity.status(401).body(new ErrorReply("UNAUTHORIZED", "invalid or expired token"));
    }

    private static ResponseEntity<Object> notFound(String what) {
        return ResponseEntity.status(404).body(new ErrorReply("NOT_FOUND", what));
    }
}
