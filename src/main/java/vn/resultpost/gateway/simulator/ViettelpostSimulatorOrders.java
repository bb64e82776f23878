package vn.resultpost.gateway.simulator;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import vn.resultpost.gateway.operator.viettelpost.ViettelpostMessages.CreateOrder;
import vn.resultpost.gateway.operator.viettelpost.ViettelpostMessages.Reply;

/**
 * SIMULATOR: the orders the Viettel Post simulator holds, one per ORDER_NUMBER (the caller's reference), for
 * the last {@code simulator.retained-shipments} references (0: all), with counters for tests and the demo:
 * createOrder calls per reference and by outcome.
 */
public final class ViettelpostSimulatorOrders {

    private final WaybillReferenceIndex<ViettelpostSimulatedOrder> orders;
    private final RetainedRecords<String, Integer> callsByReference;
    private final AtomicInteger created = new AtomicInteger();
    private final AtomicInteger createCalls = new AtomicInteger();
    private final AtomicInteger failedCalls = new AtomicInteger();
    private final AtomicInteger lateReplies = new AtomicInteger();
    private final AtomicInteger duplicateCalls = new AtomicInteger();
    private final AtomicLong serial = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000_000L, 5_000_000_000L));

    ViettelpostSimulatorOrders(int retained) {
        this.orders = new WaybillReferenceIndex<>(retained, ViettelpostSimulatedOrder::waybill,
                o -> o.request().orderNumber());
        this.callsByReference = new RetainedRecords<>(retained);
    }

    /** Counts one createOrder call. */
    void called(CreateOrder order) {
        createCalls.incrementAndGet();
        if (order.orderNumber() != null) {
            callsByReference.merge(order.orderNumber(), 1, Integer::sum);
        }
    }

    /** Counts a createOrder call answered 503 (nothing created). */
    void failed() {
        failedCalls.incrementAndGet();
    }

    /** Counts a createOrder call answered after the timeout delay (the order created). */
    void answeredLate() {
        lateReplies.incrementAndGet();
    }

    /** The new order, or the refusal Viettel answers (a duplicate ORDER_NUMBER, missing receiver data). */
    synchronized Object register(CreateOrder order) {
        if (order.orderNumber() == null || order.orderNumber().isBlank()) {
            return new Reply(400, true, "ORDER_NUMBER là bắt buộc / ORDER_NUMBER is required", null);
        }
        if (orders.holdsReference(order.orderNumber())) {
            duplicateCalls.incrementAndGet();
            return new Reply(205, true, "Mã đơn hàng đã tồn tại / ORDER_NUMBER already exists: " + order.orderNumber(),
                    null);
        }
        if (order.receiverPhone() == null || !positive(order.receiverWard()) || !positive(order.receiverDistrict())
                || !positive(order.receiverProvince())) {
            return new Reply(400, true, "Thông tin người nhận không hợp lệ / receiver phone and location ids", null);
        }
        ViettelpostSimulatedOrder created = new ViettelpostSimulatedOrder(
                String.valueOf(10_000_000_000L + serial.incrementAndGet() % 90_000_000_000L), order);
        orders.add(created);
        this.created.incrementAndGet();
        return created;
    }

    ViettelpostSimulatedOrder byWaybill(String waybill) {
        return waybill == null ? null : orders.byWaybill(waybill);
    }

    /** The order created for a reference (the gateway's shipment id), or null. */
    public ViettelpostSimulatedOrder byReference(String reference) {
        return reference == null ? null : orders.byReference(reference);
    }

    /** Orders held for a reference: 0 or 1. */
    public int ordersFor(String reference) {
        return byReference(reference) == null ? 0 : 1;
    }

    /** createOrder calls received with this reference (a retry after a failure makes it more than 1). */
    public int createCallsFor(String reference) {
        return callsByReference.getOrDefault(reference, 0);
    }

    /** The orders held, oldest first. */
    public List<ViettelpostSimulatedOrder> all() {
        return orders.values();
    }

    /** The counters, with the logins the simulator counted. */
    Stats stats(int logins) {
        return new Stats(created.get(), logins, createCalls.get(), failedCalls.get(), lateReplies.get(),
                duplicateCalls.get());
    }

    private static boolean positive(Integer id) {
        return id != null && id > 0;
    }

    /**
     * Counters since start-up: orders created (dropped records included), logins, createOrder calls; of those,
     * answered 503, answered too late (the order created), and refused as a duplicate ORDER_NUMBER.
     */
    public record Stats(int orders, int logins, int createCalls, int failedCalls, int lateReplies, int duplicateCalls) {
    }
}
