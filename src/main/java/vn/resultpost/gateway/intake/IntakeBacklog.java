package vn.resultpost.gateway.intake;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.store.ShipmentRepository;
import vn.resultpost.gateway.support.UnavailableException;

/**
 * Backpressure on intake, so that a burst of new results cannot starve the stages behind it: the results
 * accepted and still waiting for their order (held ones excepted: they wait for a person) are counted in the
 * shared database, so every instance sees the cluster's backlog, at most once per refresh; at the limit a
 * REST submission is refused before it is read ({@code channel.rest.BacklogFilter}) and a new SOAP result before
 * it is stored, with 503 / a SOAP fault and Retry-After. Gauge {@code gateway.intake.backlog}.
 */
@Component
public class IntakeBacklog {

    private final ShipmentRepository shipments;
    private final BacklogProperties props;
    private final long refreshNanos;
    private final AtomicLong checkedAt;
    private volatile long waiting;

    public IntakeBacklog(ShipmentRepository shipments, BacklogProperties props, MeterRegistry meters) {
        this.shipments = shipments;
        this.props = props;
        this.refreshNanos = props.refresh().toNanos();
        this.checkedAt = new AtomicLong(System.nanoTime() - refreshNanos - 1); // the first call counts
        Gauge.builder("gateway.intake.backlog", this, b -> b.waiting)
                .description("Results accepted and waiting for their order, as last counted").register(meters);
    }

    /** Throws {@link UnavailableException} (type {@code backlog-full}) when a new result over {@code channel} must wait. */
    public void admit(Channel channel) {
        if (gates(channel) && full()) {
            throw refusal();
        }
    }

    /** Whether the backlog is at its limit (counted again when the last count is older than the refresh). */
    public boolean full() {
        if (props.max() == 0) {
            return false;
        }
        long now = System.nanoTime();
        long last = checkedAt.get();
        if (now - last >= refreshNanos && checkedAt.compareAndSet(last, now)) {
            waiting = shipments.countWaitingForOrder();
        }
        return waiting >= props.max();
    }

    /** Whether {@code channel} is gated ({@code gateway.intake.backlog.channels}). */
    public boolean gates(Channel channel) {
        return props.channels().contains(channel);
    }

    /** The refusal: its message, type {@code backlog-full} and Retry-After. */
    public UnavailableException refusal() {
        return new UnavailableException("backlog-full", waiting + " results are waiting for their postal order "
                + "(limit gateway.intake.backlog.max = " + props.max() + "); nothing was accepted",
                props.retryAfterSeconds());
    }
}
