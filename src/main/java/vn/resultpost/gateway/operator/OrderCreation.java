package vn.resultpost.gateway.operator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.resultpost.gateway.canonical.OrderOutcome;
import vn.resultpost.gateway.canonical.ResultSubmission;
import vn.resultpost.gateway.canonical.Shipment;
import vn.resultpost.gateway.canonical.ShipmentOrder;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.intake.AgencyDirectory;
import vn.resultpost.gateway.review.ReviewKind;
import vn.resultpost.gateway.review.ReviewQueue;
import vn.resultpost.gateway.store.ShipmentRepository;
import vn.resultpost.gateway.store.TrackingPollRepository;
import vn.resultpost.gateway.support.DeferredException;
import vn.resultpost.gateway.support.InvalidMessageException;
import vn.resultpost.gateway.support.RetryLaterException;
import vn.resultpost.gateway.tracking.EventApplier;
import vn.resultpost.gateway.tracking.StatusRecorder;
import vn.resultpost.gateway.tracking.TrackingProperties;

/**
 * Order-creation stage, an Idempotent Receiver: creates the shipment's order at its operator with
 * the shipment id as the operator-side reference, so a repeated call finds the first order. A
 * rejection is recorded, reported and held for review; an open circuit defers the order.
 */
@Service("orderCreation")
public class OrderCreation {

    private static final Logger log = LoggerFactory.getLogger(OrderCreation.class);

    private final ShipmentRepository shipments;
    private final OperatorRegistry operators;
    private final AgencyDirectory agencies;
    private final StatusRecorder recorder;
    private final EventApplier applier;
    private final TrackingPollRepository polls;
    private final ReviewQueue reviews;
    private final OrphanOrders orphans;
    private final ResilienceProperties resilience;
    private final TrackingProperties tracking;
    private final TransactionTemplate tx;
    private final ObjectMapper json;
    private final Clock clock;

    public OrderCreation(ShipmentRepository shipments, OperatorRegistry operators, AgencyDirectory agencies,
                         StatusRecorder recorder, EventApplier applier, TrackingPollRepository polls,
                         ReviewQueue reviews, OrphanOrders orphans, ResilienceProperties resilience,
                         TrackingProperties tracking, TransactionTemplate tx, ObjectMapper json, Clock clock) {
        this.shipments = shipments;
        this.operators = operators;
        this.agencies = agencies;
        this.recorder = recorder;
        this.applier = applier;
        this.polls = polls;
        this.reviews = reviews;
        this.orphans = orphans;
        this.resilience = resilience;
        this.tracking = tracking;
        this.tx = tx;
        this.json = json;
        this.clock = clock;
    }

    /** Creates the order of one shipment unless it already has one. */
    public void createOrder(String shipmentId) {
        Shipment shipment = shipments.findById(shipmentId)
                .orElseThrow(() -> new InvalidMessageException("No shipment " + shipmentId));
        if (shipment.status() != ShipmentStatus.ACCEPTED) {
            log.debug("Shipment {} already {}: order not created again", shipmentId, shipment.status());
            return;
        }
        ResultSubmission result = submission(shipmentId);
        if (result.address() == null || result.address().wardCode() == null) {
            log.warn("Shipment {} has no ward yet (held for review): order not created", shipmentId);
            return;
        }
        ShipmentOrder order = new ShipmentOrder(shipment.id(), result, agencies.sender(shipment.key().agencyCode()));
        PostalOperator operator = operators.get(shipment.operatorCode());
        OrderOutcome outcome = operator.create(order);
        if (outcome instanceof OrderOutcome.Accepted a) {
            created(operator, shipmentId, a.waybill(), "Order created, waybill " + a.waybill());
        } else if (outcome instanceof OrderOutcome.Duplicate d) {
            created(operator, shipmentId, d.waybill(), "Order already existed at the operator, waybill " + d.waybill());
        } else if (outcome instanceof OrderOutcome.Rejected r) {
            rejected(shipmentId, r);
        } else if (outcome instanceof OrderOutcome.Deferred d) {
            throw new DeferredException(d.reason(), resilience.policy(operator.code()).deferral());
        } else {
            throw new RetryLaterException("Operator " + shipment.operatorCode() + " unavailable: "
                    + ((OrderOutcome.Retryable) outcome).reason());
        }
    }

    private void created(PostalOperator operator, String shipmentId, String waybill, String description) {
        boolean recorded = transition(shipmentId, ShipmentStatus.ORDER_CREATED, waybill, description, s -> {
            if (operator.trackingMode() == TrackingMode.POLL) {
                polls.schedule(s.id(), clock.instant().plus(tracking.firstPoll()));
            }
        });
        if (!recorded) {
            orphans.cancelIfCancelled(operator, shipmentId, waybill);
        }
    }

    private void rejected(String shipmentId, OrderOutcome.Rejected r) {
        transition(shipmentId, ShipmentStatus.REJECTED, null,
                "Rejected by the operator: " + r.code() + " " + r.reason(), s -> reviews.hold(s,
                        ReviewKind.OPERATOR_REJECTED, "Operator " + s.operatorCode() + " refused the order: "
                                + r.code() + " " + r.reason()));
    }

    /** Applies the stage's outcome unless the shipment left ACCEPTED meanwhile; false then. */
    private boolean transition(String shipmentId, ShipmentStatus status, String waybill, String description,
                               Consumer<Shipment> also) {
        Boolean applied = tx.execute(t -> {
            Shipment s = shipments.lockById(shipmentId).orElseThrow();
            if (s.status() != ShipmentStatus.ACCEPTED) {
                return false;
            }
            var now = clock.instant();
            Shipment updated = new Shipment(s.id(), s.key(), s.operatorCode(), waybill, status,
                    s.failedAttempts(), now, s.createdAt(), now);
            recorder.record(updated, null, description);
            also.accept(updated);
            log.info("Shipment {} ({}/{}) {}: {}", s.id(), s.key().agencyCode(), s.key().dossierCode(), status,
                    description);
            if (waybill != null) {
                applier.releaseAwaiting(updated);
            }
            return true;
        });
        return Boolean.TRUE.equals(applied);
    }

    private ResultSubmission submission(String shipmentId) {
        String payload = shipments.payload(shipmentId).orElseThrow().json();
        try {
            return json.readValue(payload, ResultSubmission.class);
        } catch (JsonProcessingException e) {
            throw new InvalidMessageException("Stored submission of " + shipmentId + " is unreadable", e);
        }
    }
}
