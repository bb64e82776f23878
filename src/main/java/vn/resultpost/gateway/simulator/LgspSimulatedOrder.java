package vn.resultpost.gateway.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccMessages.PostOrder;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccMessages.TrackingEvent;

/**
 * SIMULATOR: one order held by the LGSP/VNPost HCC simulator. Its statuses are computed, not scheduled: code 1
 * at creation, then the scenario's codes one step delay apart, each visible once its time has come; a
 * cancellation (only before pickup) ends the history with code 22.
 */
public final class LgspSimulatedOrder {

    static final Map<String, String> EXTRA_NAMES = Map.of("1", "Đã tạo đơn", "22", "Hủy phát");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final String itemCode;
    private final PostOrder request;
    private final Instant createdAt;
    private final List<String> scenario;
    private final Duration stepDelay;
    private volatile Instant cancelledAt;

    LgspSimulatedOrder(String itemCode, PostOrder request, Instant createdAt, List<String> scenario,
                       Duration stepDelay) {
        this.itemCode = itemCode;
        this.request = request;
        this.createdAt = createdAt;
        this.scenario = List.copyOf(scenario);
        this.stepDelay = stepDelay;
    }

    public String itemCode() {
        return itemCode;
    }

    public PostOrder request() {
        return request;
    }

    /** The statuses reached by {@code now}, oldest first. */
    public List<TrackingEvent> history(Instant now) {
        List<TrackingEvent> events = new ArrayList<>();
        events.add(event("1", createdAt));
        Instant cancelled = cancelledAt;
        if (cancelled != null) {
            events.add(event("22", cancelled));
            return events;
        }
        for (int i = 0; i < scenario.size(); i++) {
            Instant at = createdAt.plus(stepDelay.multipliedBy(i + 1L));
            if (at.isAfter(now)) {
                break;
            }
            events.add(event(scenario.get(i), at));
        }
        return events;
    }

    /** The status code reached by {@code now}. */
    public String codeAt(Instant now) {
        List<TrackingEvent> h = history(now);
        return h.get(h.size() - 1).statusCode();
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }

    /** Cancels the order if it has not been picked up by {@code now} (again: still cancelled). */
    synchronized boolean cancel(Instant now) {
        if (cancelledAt == null && !"1".equals(codeAt(now))) {
            return false;
        }
        if (cancelledAt == null) {
            cancelledAt = now;
        }
        return true;
    }

    private static TrackingEvent event(String code, Instant at) {
        String name = VnpostSimulatorScript.NAMES.getOrDefault(code, EXTRA_NAMES.get(code));
        return new TrackingEvent(code, name, OffsetDateTime.ofInstant(at, ZoneOffset.ofHours(7)).format(TIME));
    }
}
