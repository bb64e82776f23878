package vn.resultpost.gateway.operator;

import java.util.Optional;
import vn.resultpost.gateway.canonical.CancelOutcome;
import vn.resultpost.gateway.canonical.OperatorStatusEvent;
import vn.resultpost.gateway.canonical.OrderOutcome;
import vn.resultpost.gateway.canonical.OrderRef;
import vn.resultpost.gateway.canonical.ShipmentOrder;
import vn.resultpost.gateway.canonical.TrackOutcome;
import vn.resultpost.gateway.support.InvalidMessageException;

/**
 * The port every postal operator adapter implements. Answers come back as data (accepted, duplicate,
 * retryable, rejected...), never as exceptions: an adapter catches its own I/O failures.
 */
public interface PostalOperator {

    /** The operator's code as used in configuration, shipments and webhook paths (e.g. {@code vnpost}). */
    String code();

    /** Whether the operator pushes status events or must be polled. */
    TrackingMode trackingMode();

    /** How the operator's webhook calls are authenticated ({@link WebhookScheme#NONE} when it does not push). */
    WebhookScheme webhookScheme();

    /** Creates the order; safe to repeat with the same {@link ShipmentOrder#reference()}. */
    OrderOutcome create(ShipmentOrder order);

    /** Cancels an order that has not been picked up yet; {@link CancelOutcome.TooLate} afterwards. */
    CancelOutcome cancel(OrderRef order);

    /** Reads the operator's tracking history of an order, oldest first. */
    TrackOutcome track(OrderRef order);

    /**
     * Reads a status event the operator pushed to the gateway's webhook.
     *
     * @throws InvalidMessageException when the body is not a valid event (or the operator does not push)
     */
    default OperatorStatusEvent readWebhook(String body) {
        throw new InvalidMessageException("Operator " + code() + " does not push status events");
    }

    /**
     * The secret token a {@link WebhookScheme#BODY_TOKEN} operator puts in its webhook body, read leniently
     * (null when absent or unreadable): the gateway checks it before it believes anything else in the body.
     */
    default String webhookToken(String body) {
        return null;
    }

    /** The state of the adapter's access token, for health views; empty when the operator uses none. */
    default Optional<TokenCache.State> tokenState() {
        return Optional.empty();
    }
}
