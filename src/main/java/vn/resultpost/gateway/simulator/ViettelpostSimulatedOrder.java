package vn.resultpost.gateway.simulator;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import vn.resultpost.gateway.operator.viettelpost.ViettelpostMessages.CreateOrder;
import vn.resultpost.gateway.operator.viettelpost.ViettelpostMessages.StatusData;

/**
 * SIMULATOR: one order held by the Viettel Post simulator, with the events it has produced so far. Its
 * event times, to the second as Viettel writes them, increase by at least a second from one event to the
 * next, as a real parcel's do (the simulator plays them faster than a real parcel moves).
 */
public final class ViettelpostSimulatedOrder {

    static final int PICKED_UP = 105;

    private final String waybill;
    private final CreateOrder request;
    private final List<StatusData> events = new ArrayList<>();
    private LocalDateTime lastTime;
    private boolean cancelled;

    ViettelpostSimulatedOrder(String waybill, CreateOrder request) {
        this.waybill = waybill;
        this.request = request;
    }

    public String waybill() {
        return waybill;
    }

    public CreateOrder request() {
        return request;
    }

    public synchronized List<StatusData> events() {
        return List.copyOf(events);
    }

    synchronized void add(StatusData e) {
        events.add(e);
    }

    /** The time of the next event, Vietnam time: now, but at least a second after the previous event. */
    synchronized LocalDateTime nextTime() {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.ofHours(7)).truncatedTo(ChronoUnit.SECONDS);
        lastTime = lastTime == null || now.isAfter(lastTime) ? now : lastTime.plusSeconds(1);
        return lastTime;
    }

    synchronized Integer lastStatus() {
        return events.isEmpty() ? null : events.get(events.size() - 1).orderStatus();
    }

    /** Cancels the order unless a courier has picked it up (status 105 or beyond, other than 106/107). */
    synchronized boolean cancel() {
        boolean pickedUp = events.stream().map(StatusData::orderStatus)
                .anyMatch(s -> s >= PICKED_UP && s != 106 && s != 107);
        if (pickedUp) {
            return false;
        }
        cancelled = true;
        return true;
    }

    synchronized boolean cancelled() {
        return cancelled;
    }
}
