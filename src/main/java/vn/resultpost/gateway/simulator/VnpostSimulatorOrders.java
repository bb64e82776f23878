package vn.resultpost.gateway.simulator;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.ResponseEntity;
import vn.resultpost.gateway.operator.vnpost.VnpostMessages.CreateOrder;
import vn.resultpost.gateway.operator.vnpost.VnpostMessages.ErrorReply;
import vn.resultpost.gateway.operator.vnpost.VnpostMessages.OrderReply;

/**
 * SIMULATOR: the VNPost simulator's order book: the rules of create-order (faults, one order per reference,
 * receiver and served ward), the orders of the last {@code simulator.retained-shipments} references (0: all)
 * by waybill and by reference, create calls per reference, and counters since start-up.
 */
final class VnpostSimulatorOrders {

    private final WaybillReferenceIndex<SimulatedOrder> orders;
    private final RetainedRecords<String, Integer> callsByReference;
    private final AtomicInteger ordersCreated = new AtomicInteger();
    private final AtomicInteger createCalls = new AtomicInteger();
    private final AtomicInteger failedCalls = new AtomicInteger();
    private final AtomicInteger lostReplies = new AtomicInteger();
    private final AtomicInteger duplicateCalls = new AtomicInteger();
    private final AtomicInteger timedOut = new AtomicInteger();
    private final Waybills waybills = new Waybills();
    private final VnpostSimulatorScript script;
    private final SimulatorFaults faults;
    private final SimulatorProperties.Vnpost props;

    VnpostSimulatorOrders(VnpostSimulatorScript script, SimulatorFaults faults, SimulatorProperties.Vnpost props,
                          int retained) {
        this.script = script;
        this.faults = faults;
        this.props = props;
        this.orders = new WaybillReferenceIndex<>(retained, SimulatedOrder::itemCode,
                o -> o.request().orderReference());
        this.callsByReference = new RetainedRecords<>(retained);
    }

    /** One authorised create-order call: 200 with the waybill, or the refusal or fault the operator answers. */
    synchronized ResponseEntity<Object> create(CreateOrder order) {
        createCalls.incrementAndGet();
        if (order.orderReference() != null) {
            callsByReference.merge(order.orderReference(), 1, Integer::sum);
        }
        if (faults.operatorFails()) {
            failedCalls.incrementAndGet();
            return ResponseEntity.status(503).body(new ErrorReply("SERVICE_UNAVAILABLE", "simulated outage"));
        }
        if (order.orderReference() == null || orders.holdsReference(order.orderReference())) {
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
        orders.add(created);
        ordersCreated.incrementAndGet();
        script.start(created); // holds the order itself: dropping its records later does not stop its events
        if (faults.operatorLosesReply()) {
            lostReplies.incrementAndGet();
            return ResponseEntity.status(504).body(new ErrorReply("GATEWAY_TIMEOUT", "simulated lost reply"));
        }
        return ResponseEntity.ok(new OrderReply(created.itemCode(), order.orderReference(), fee(order), "1"));
    }

    /** Counts a create call answered only after the timeout delay. */
    void timedOut() {
        timedOut.incrementAndGet();
    }

    SimulatedOrder byWaybill(String itemCode) {
        return orders.byWaybill(itemCode);
    }

    SimulatedOrder byReference(String reference) {
        return orders.byReference(reference);
    }

    int createCallsFor(String reference) {
        return callsByReference.getOrDefault(reference, 0);
    }

    int createCalls() {
        return createCalls.get();
    }

    /** The orders held, oldest first. */
    List<SimulatedOrder> all() {
        return orders.values();
    }

    VnpostSimulator.Stats stats() {
        return new VnpostSimulator.Stats(ordersCreated.get(), createCalls.get(), failedCalls.get(), lostReplies.get(),
                duplicateCalls.get());
    }

    /** The fee the operator quotes for an order. */
    static long fee(CreateOrder o) {
        return 18_000L + (o.weightGrams() / 500) * 3_000L;
    }
}
