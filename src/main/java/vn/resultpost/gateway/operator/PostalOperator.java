package vn.resultpost.gateway.operator;

import java.util.List;
import vn.resultpost.gateway.canonical.CancelOutcome;
import vn.resultpost.gateway.canonical.OperatorStatusEvent;
import vn.resultpost.gateway.canonical.OrderOutcome;
import vn.resultpost.gateway.canonical.ShipmentOrder;

/** The port every postal operator adapter implements; answers come back as data, not exceptions. */
public interface PostalOperator {

    /** The operator's code as used in configuration, shipments and webhook paths (e.g. {@code vnpost}). */
    String code();

    /** Creates the order; safe to repeat with the same {@link ShipmentOrder#reference()}. */
    OrderOutcome create(ShipmentOrder order);

    /** Cancels an order that has not been picked up yet. */
    CancelOutcome cancel(String waybill);

    /** Reads the operator's tracking history of a waybill (for operators polled rather than pushing). */
    List<OperatorStatusEvent> track(String waybill);

    /**
     * Reads a status event the operator pushed to the gateway's webhook.
     *
     * @throws vn.resultpost.gateway.support.InvalidMessageException when the body is not a valid event
     */
    OperatorStatusEvent readWebhook(String body);
}
