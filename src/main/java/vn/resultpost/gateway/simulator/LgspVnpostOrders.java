package vn.resultpost.gateway.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.http.ResponseEntity;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccMessages.CancelOrder;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccMessages.ErrorReply;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccMessages.OrderResult;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccMessages.PostOrder;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccMessages.Tracking;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccMessages.TrackingEvent;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccMessages.TrackingRequest;

/**
 * SIMULATOR: the order book behind the LGSP simulator, as VNPost's HCC channel would keep it: one order per
 * OrderNumber (a second one refused 409 DUPLICATE_ORDER_NUMBER), cancel only before pickup, tracking of one
 * order by OrderNumber, and counters for tests. It holds the orders of the last {@code simulator.retained-shipments}
 * OrderNumbers (0: all): an order dropped is tracked as an unknown one (404 ORDER_NOT_FOUND).
 */
final class LgspVnpostOrders {

    private final RetainedRecords<String, LgspSimulatedOrder> byNumber;
    private final RetainedRecords<String, Integer> callsByNumber;
    private final AtomicInteger created = new AtomicInteger();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final Waybills waybills = new Waybills();
    private final Clock clock;

    LgspVnpostOrders(Clock clock, int retained) {
        this.clock = clock;
        this.byNumber = new RetainedRecords<>(retained);
        this.callsByNumber = new RetainedRecords<>(retained);
    }

    /** Creates the order unless its OrderNumber is taken; {@code scenario} and {@code step} drive its statuses. */
    synchronized ResponseEntity<Object> post(PostOrder o, Supplier<List<String>> scenario, Duration step) {
        if (o == null || blank(o.orderNumber())) {
            return ResponseEntity.badRequest().body(new ErrorReply("INVALID_ORDER", "OrderNumber is required"));
        }
        callsByNumber.merge(o.orderNumber(), 1, Integer::sum);
        if (byNumber.containsKey(o.orderNumber())) {
            duplicates.incrementAndGet();
            return ResponseEntity.status(409).body(new ErrorReply("DUPLICATE_ORDER_NUMBER",
                    "Số đơn hàng đã tồn tại / OrderNumber already used: " + o.orderNumber()));
        }
        if (blank(o.receiverTel()) || blank(o.receiverAddress()) || blank(o.receiverProvince())
                || blank(o.receiverDistrict()) || blank(o.senderProvince()) || blank(o.senderDistrict())) {
            return ResponseEntity.badRequest().body(new ErrorReply("INVALID_ORDER",
                    "ReceiverTel, ReceiverAddress and the sender's and receiver's province and district are required"));
        }
        LgspSimulatedOrder created = new LgspSimulatedOrder(waybills.next(), o,
                clock.instant().truncatedTo(ChronoUnit.MILLIS), scenario.get(), step);
        byNumber.put(o.orderNumber(), created);
        this.created.incrementAndGet();
        return ResponseEntity.ok(new OrderResult(o.orderNumber(), created.itemCode(), "1",
                LgspSimulatedOrder.EXTRA_NAMES.get("1"), 15_000L + (o.weight() / 500) * 2_500L));
    }

    ResponseEntity<Object> cancel(CancelOrder c) {
        LgspSimulatedOrder o = c == null || c.orderNumber() == null ? null : byNumber.get(c.orderNumber());
        if (o == null) {
            return notFound(c == null ? null : c.orderNumber());
        }
        return o.cancel(clock.instant())
                ? ResponseEntity.ok(new OrderResult(c.orderNumber(), o.itemCode(), "22",
                        LgspSimulatedOrder.EXTRA_NAMES.get("22"), null))
                : ResponseEntity.status(409).body(new ErrorReply("CANCEL_NOT_ALLOWED",
                        "Bưu gửi đã được nhận, không thể hủy / already picked up"));
    }

    ResponseEntity<Object> track(TrackingRequest t) {
        LgspSimulatedOrder o = t == null || t.orderNumber() == null ? null : byNumber.get(t.orderNumber());
        if (o == null) {
            return notFound(t == null ? null : t.orderNumber());
        }
        List<TrackingEvent> history = o.history(clock.instant());
        TrackingEvent last = history.get(history.size() - 1);
        return ResponseEntity.ok(new Tracking(t.orderNumber(), o.itemCode(), last.statusCode(), last.statusMessage(),
                history));
    }

    /** The order with this OrderNumber, if any. */
    LgspSimulatedOrder order(String orderNumber) {
        return byNumber.get(orderNumber);
    }

    int ordersFor(String orderNumber) {
        return byNumber.containsKey(orderNumber) ? 1 : 0;
    }

    int callsFor(String orderNumber) {
        return callsByNumber.getOrDefault(orderNumber, 0);
    }

    /** Orders created since start-up, dropped ones included. */
    int created() {
        return created.get();
    }

    int duplicates() {
        return duplicates.get();
    }

    /** A scenario's codes: the configured one, or one drawn by the shares. */
    static List<String> scenario(String name, double returnShare, double failOnceShare) {
        String s = name;
        if ("random".equals(name)) {
            double r = ThreadLocalRandom.current().nextDouble();
            s = r < returnShare ? "return" : r < returnShare + failOnceShare ? "fail-then-deliver" : "deliver";
        }
        List<String> codes = VnpostSimulatorScript.SCENARIOS.get(s);
        if (codes == null) {
            throw new IllegalStateException("simulator.vnpost-hcc.scenario must be random or one of "
                    + VnpostSimulatorScript.SCENARIOS.keySet());
        }
        return codes;
    }

    private static ResponseEntity<Object> notFound(String orderNumber) {
        return ResponseEntity.status(404).body(new ErrorReply("ORDER_NOT_FOUND",
                "Không tìm thấy đơn hàng / no order " + orderNumber));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
