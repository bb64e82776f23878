package vn.resultpost.gateway.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * SIMULATOR: one shipment held by the SOAP operator simulator. Its tracking events are computed, not
 * pushed: event {@code i} of its scenario happens at creation time + (i + 1) x step delay, so each
 * GetTracking sees the statuses that are due by then, with times that never change (no timers).
 */
public final class SoapSimulatedShipment {

    static final Map<String, List<String>> SCENARIOS = Map.of(
            "deliver", List.of("PICKED_UP", "IN_TRANSIT", "ARRIVED_AT_DELIVERY_OFFICE", "OUT_FOR_DELIVERY",
                    "DELIVERED"),
            "fail-then-deliver", List.of("PICKED_UP", "IN_TRANSIT", "ARRIVED_AT_DELIVERY_OFFICE", "OUT_FOR_DELIVERY",
                    "DELIVERY_FAILED", "OUT_FOR_DELIVERY", "DELIVERED"),
            "return", List.of("PICKED_UP", "IN_TRANSIT", "ARRIVED_AT_DELIVERY_OFFICE", "OUT_FOR_DELIVERY",
                    "DELIVERY_FAILED", "OUT_FOR_DELIVERY", "DELIVERY_FAILED", "RETURNING", "RETURNED"));
    static final Map<String, String> TEXTS = Map.ofEntries(Map.entry("CREATED", "Đã tạo đơn"),
            Map.entry("PICKED_UP", "Đã nhận hàng tại cơ quan gửi"), Map.entry("IN_TRANSIT", "Đang vận chuyển"),
            Map.entry("ARRIVED_AT_DELIVERY_OFFICE", "Đến bưu cục phát"), Map.entry("OUT_FOR_DELIVERY", "Đang phát"),
            Map.entry("DELIVERED", "Phát thành công"),
            Map.entry("DELIVERY_FAILED", "Phát không thành công - người nhận vắng nhà"),
            Map.entry("RETURNING", "Đang chuyển hoàn"), Map.entry("RETURNED", "Đã chuyển hoàn cho cơ quan gửi"),
            Map.entry("CANCELLED", "Đã hủy theo yêu cầu của người gửi"));

    private final String reference;
    private final String waybill;
    private final String scenario;
    private final Instant createdAt;
    private final Duration step;
    private final long fee;
    private Instant cancelledAt;

    SoapSimulatedShipment(String reference, String waybill, String scenario, Instant createdAt, Duration step,
                          long fee) {
        this.reference = reference;
        this.waybill = waybill;
        this.scenario = scenario;
        this.createdAt = createdAt;
        this.step = step;
        this.fee = fee;
    }

    /** The scenario of a new shipment: the configured one, or drawn at random by the shares when {@code random}. */
    static String scenario(String configured, double failOnceShare, double returnShare) {
        if (!"random".equals(configured)) {
            if (!SCENARIOS.containsKey(configured)) {
                throw new IllegalArgumentException("simulator.generic-soap.scenario must be random or one of "
                        + SCENARIOS.keySet() + " (got " + configured + ")");
            }
            return configured;
        }
        double r = ThreadLocalRandom.current().nextDouble();
        return r < returnShare ? "return" : r < returnShare + failOnceShare ? "fail-then-deliver" : "deliver";
    }

    public String reference() {
        return reference;
    }

    public String waybill() {
        return waybill;
    }

    public String scenario() {
        return scenario;
    }

    long fee() {
        return fee;
    }

    /** The events due at {@code now}, oldest first: CREATED, the scenario's steps, or CANCELLED and no more. */
    public synchronized List<Event> events(Instant now) {
        List<Event> events = new ArrayList<>();
        events.add(new Event("CREATED", createdAt));
        List<String> codes = SCENARIOS.get(scenario);
        for (int i = 0; i < codes.size(); i++) {
            Instant at = createdAt.plus(step.multipliedBy(i + 1L));
            if (at.isAfter(now) || (cancelledAt != null && !at.isBefore(cancelledAt))) {
                break;
            }
            events.add(new Event(codes.get(i), at));
        }
        if (cancelledAt != null && !cancelledAt.isAfter(now)) {
            events.add(new Event("CANCELLED", cancelledAt));
        }
        return events;
    }

    /**
     * Cancels the shipment at {@code now} if it has not been picked up by then; otherwise answers why not.
     *
     * @return null when cancelled, else the reason it is too late
     */
    synchronized String cancel(Instant now) {
        if (cancelledAt != null) {
            return null;
        }
        Instant pickup = createdAt.plus(step);
        if (!now.isBefore(pickup)) {
            return "Picked up at " + pickup + ": a shipment can be cancelled only before pickup";
        }
        cancelledAt = now;
        return null;
    }

    synchronized boolean cancelled() {
        return cancelledAt != null;
    }

    /** One tracking event: the contract's code and its time. */
    public record Event(String code, Instant time) {

        public String text() {
            return TEXTS.get(code);
        }
    }
}
