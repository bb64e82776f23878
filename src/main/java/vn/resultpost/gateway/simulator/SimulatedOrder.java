package vn.resultpost.gateway.simulator;

import java.util.ArrayList;
import java.util.List;
import vn.resultpost.gateway.operator.vnpost.VnpostMessages.CreateOrder;
import vn.resultpost.gateway.operator.vnpost.VnpostMessages.StatusEvent;

/** SIMULATOR: one order held by the VNPost simulator, with the events it has produced so far. */
public final class SimulatedOrder {

    private final String itemCode;
    private final CreateOrder request;
    private final List<StatusEvent> events = new ArrayList<>();
    private boolean cancelled;

    SimulatedOrder(String itemCode, CreateOrder request) {
        this.itemCode = itemCode;
        this.request = request;
    }

    public String itemCode() {
        return itemCode;
    }

    public CreateOrder request() {
        return request;
    }

    synchronized void add(StatusEvent e) {
        events.add(e);
    }

    public synchronized List<StatusEvent> events() {
        return List.copyOf(events);
    }

    synchronized String lastCode() {
        return events.isEmpty() ? "1" : events.get(events.size() - 1).statusCode();
    }

    /** Cancels the order if it has not been picked up yet. */
    synchronized boolean cancel() {
        if (!events.isEmpty() && !"1".equals(lastCode())) {
            return false;
        }
        cancelled = true;
        return true;
    }

    public synchronized boolean cancelled() {
        return cancelled;
    }
}
