package vn.resultpost.gateway.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
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
 * cancels only before pickup, and has {@link VnpostSimulatorScript} push status events.
 */
@RestController
@RequestMapping("/simulator/vnpost/api/v1")
@ConditionalOnProperty(prefix = "simulator", name = "enabled", havingValue = "true")
public class VnpostSimulator {

    private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
    private final RetainedRecords<String, SimulatedOrder> byItemCode;
    private final RetainedRecords<String, SimulatedOrder> byReference;
    private final AtomicInteger ordersCreated = new AtomicInteger();
    private final AtomicInteger createCalls = new AtomicInteger();
    private final RetainedRecords<String, Integer> callsByReference;
    private final AtomicInteger failedCalls = new AtomicInteger();
    private final AtomicInteger lostReplies = new AtomicInteger();
    private final AtomicInteger duplicateCalls = new AtomicInteger();
    private final AtomicInteger timedOut = new AtomicInteger();
    private final Waybills waybills = new Waybills();
    private final AtomicInteger logins = new AtomicInteger();
    private final VnpostSimulatorScript script;
    private final SimulatorFaults faults;
    private final SimulatorProperties.Vnpost props;

    public VnpostSimulator(VnpostSimulatorScript script, SimulatorFaults faults, SimulatorProperties props) {
        this.script = script;
        this.faults = faults;
        this.props = props.vnpost();
        this.byItemCode = new RetainedRecords<>(props.retainedShipments());
        this.byReference = new RetainedRecords<>(props.retainedShipments());
        this.callsByReference = new RetainedRecords<>(props.retainedShipments());
    }

    @PostMapping("/auth/token")
    public ResponseEntity<Object> token(@RequestBody TokenRequest request) {
        if (request.username() == null || request.password() == null || request.customerCode() == null) {
            return ResponseEntity.status(401).body(new ErrorReply("UNAUTHORIZED", "username, password and customerCode"));
        }
        String token = UUID.randomUUID().toString();
        tokens.put(token, Instant.now().plus(props.tokenLifetime()));
        logins.incrementAndGet();
        return ResponseEntity.ok(new TokenReply(token, props.tokenLifetime().toSeconds()));
    }

    @PostMapping("/orders")
    public ResponseEntity<Object> create(@RequestHeader(value = "h-token", required = false) String token,
                                         @RequestBody CreateOrder order) throws InterruptedException {
        ResponseEntity<Object> reply = createOrder(token, order);
        if (reply.getStatusCode().is2xxSuccessful() && faults.operatorTimesOut(props.timeoutShare())) {
            timedOut.incrementAndGet();
            Thread.sleep(props.timeoutDelay().toMillis()); // SIMULATOR: a reply that comes after the caller gave up
        }
        return reply;
    }

    private synchronized ResponseEntity<Object> createOrder(String token, CreateOrder order) {
        if (!valid(token)) {
            return ResponseEntity.status(401).body(new ErrorReply("UNAUTHORIZED", "invalid or expired token"));
        }
        createCalls.incrementAndGet();
        if (order.orderReference() != null) {
            callsByReference.merge(order.orderReference(), 1, Integer::sum);
        }
        if (faults.operatorFails()) {
            failedCalls.incrementAndGet();
            return ResponseEntity.status(503).body(new ErrorReply("SERVICE_UNAVAILABLE", "simulated outage"));
        }
        if (order.orderReference() == null || byReference.containsKey(order.orderReference())) {
            duplicateCalls.incrementAndGet();
            return ResponseEntity.status(409).body(new ErrorReply("DUPLICATE_REFERENCE",
                    "orderReference already used: " + order.orderReference()));
        }
        if (order.receiver() == null || order.receiver().phone() == null || order.receiver().wardCode() == null) {
            return ResponseEntity.badRequest().body(new ErrorReply("INVALID_RECEIVER", "receiver phone and ward"));
        }
        if (props.unservedWards().contains(order.receiver().wardCode())) {
            return ResponseEntity.badRequest().body(new ErrorReply("AREA_NOT_SERVED",
                    "ward " + order.receiver().wardCode() + " is outside our delivery area"));
        }
        SimulatedOrder created = new SimulatedOrder(waybills.next(), order);
        byItemCode.put(created.itemCode(), created);
        byReference.put(order.orderReference(), created);
        ordersCreated.incrementAndGet();
        script.start(created); // holds the order itself: dropping its records later does not stop its events
        if (faults.operatorLosesReply()) {
            lostReplies.incrementAndGet();
            return ResponseEntity.status(504).body(new ErrorReply("GATEWAY_TIMEOUT", "simulated lost reply"));
        }
        return ResponseEntity.ok(new OrderReply(created.itemCode(), order.orderReference(), fee(order), "1"));
    }

    private boolean valid(String token) {
        Instant expiry = token == null ? null : tokens.get(token);
        return expiry != null && Instant.now().isBefore(expiry);
    }

    @GetMapping("/orders")
    public ResponseEntity<Object> find(@RequestHeader(value = "h-token", required = false) String token,
                                       @RequestParam String orderReference) {
        if (!valid(token)) {
            return ResponseEntity.status(401).body(new ErrorReply("UNAUTHORIZED", "invalid or expired token"));
        }
        SimulatedOrder o = byReference.get(orderReference);
        return o == null ? ResponseEntity.status(404).body(new ErrorReply("NOT_FOUND", orderReference))
                : ResponseEntity.ok(new OrderReply(o.itemCode(), orderReference, fee(o.request()), o.lastCode()));
    }

    @PostMapping("/orders/{itemCode}/cancel")
    public ResponseEntity<Object> cancel(@RequestHeader(value = "h-token", required = false) String token,
                                         @PathVariable String itemCode) {
        if (!valid(token)) {
            return ResponseEntity.status(401).body(new ErrorReply("UNAUTHORIZED", "invalid or expired token"));
        }
        SimulatedOrder o = byItemCode.get(itemCode);
        if (o == null) {
            return ResponseEntity.status(404).body(new ErrorReply("NOT_FOUND", itemCode));
        }
        return o.cancel() ? ResponseEntity.ok(Map.of("itemCode", itemCode, "statusCode", "22"))
                : ResponseEntity.status(409).body(new ErrorReply("ALREADY_PICKED_UP", "cancel only before pickup"));
    }

    @GetMapping("/orders/{itemCode}/tracking")
    public ResponseEntity<Object> tracking(@RequestHeader(value = "h-token", required = false) String token,
                                           @PathVariable String itemCode) {
        if (!valid(token)) {
            return ResponseEntity.status(401).body(new ErrorReply("UNAUTHORIZED", "invalid or expired token"));
        }
        SimulatedOrder o = byItemCode.get(itemCode);
        return o == null ? ResponseEntity.status(404).body(new ErrorReply("NOT_FOUND", itemCode))
                : ResponseEntity.ok(new Tracking(itemCode, o.events()));
    }

    /** Orders this simulator holds for a reference (0 or 1) and create calls received: for tests and the demo. */
    public int ordersFor(String reference) {
        return byReference.containsKey(reference) ? 1 : 0;
    }

    /** Create-order calls received with this reference (a retry after a lost reply makes it more than 1). */
    public int createCallsFor(String reference) {
        return callsByReference.getOrDefault(reference, 0);
    }

    public int createCalls() {
        return createCalls.get();
    }

    /** Token requests answered so far (an expired token makes the gateway log in again). */
    public int logins() {
        return logins.get();
    }

    /** The orders held: the last {@code simulator.retained-shipments} created (0: all), oldest first. */
    public List<SimulatedOrder> orders() {
        return byItemCode.values();
    }

    /** What the simulated operator has seen so far: orders created and create calls by outcome. */
    public Stats stats() {
        return new Stats(ordersCreated.get(), createCalls.get(), failedCalls.get(), lostReplies.get(),
                duplicateCalls.get());
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

    private static long fee(CreateOrder o) {
        return 18_000L + (o.weightGrams() / 500) * 3_000L;
    }
}
