package vn.resultpost.gateway.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.resultpost.gateway.canonical.ResultSubmission;
import vn.resultpost.gateway.canonical.Shipment;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.config.GatewayProperties;
import vn.resultpost.gateway.operator.OperatorRouting;
import vn.resultpost.gateway.review.ReviewKind;
import vn.resultpost.gateway.review.ReviewQueue;
import vn.resultpost.gateway.store.OutboxRepository;
import vn.resultpost.gateway.store.ShipmentRepository;
import vn.resultpost.gateway.tracking.StatusRecorder;

/** Idempotent Receiver of the intake on (agency, dossier): a new result stored with its order, a known one compared. */
final class IdempotentReceiver {

    /** Logs as the intake, the name its log lines have always had. */
    private static final Logger log = LoggerFactory.getLogger(ResultIntake.class);

    private final ShipmentRepository shipments;
    private final OutboxRepository outbox;
    private final StatusRecorder recorder;
    private final TransactionTemplate tx;
    private final ObjectMapper json;
    private final GatewayProperties props;
    private final OperatorRouting routing;
    private final ReviewQueue reviews;
    private final IntakeBacklog backlog;
    private final SubmissionHash hashes;
    private final Clock clock;

    IdempotentReceiver(ShipmentRepository shipments, OutboxRepository outbox, StatusRecorder recorder,
                       TransactionTemplate tx, ObjectMapper json, GatewayProperties props, OperatorRouting routing,
                       ReviewQueue reviews, IntakeBacklog backlog, Clock clock) {
        this.shipments = shipments;
        this.outbox = outbox;
        this.recorder = recorder;
        this.tx = tx;
        this.json = json;
        this.props = props;
        this.routing = routing;
        this.reviews = reviews;
        this.backlog = backlog;
        this.hashes = new SubmissionHash(json);
        this.clock = clock;
    }

    /**
     * A valid result: Existing or Conflict (by its hash) when its key is known; else, once the backlog admits it
     * from {@code channel}, Created, its order queued or, when {@code held} says why, waiting for a person.
     */
    IntakeOutcome receive(ResultSubmission result, Channel channel, Supplier<String> held) {
        String canonical = canonicalJson(result);
        String hash = hashes.of(result);
        return shipments.payloadHash(result.key())
                .map(existingHash -> existing(result, hash, existingHash))
                .orElseGet(() -> {
                    backlog.admit(channel);
                    return create(result, canonical, hash, held.get());
                });
    }

    /** Stores a new shipment; when {@code held} says why, its order waits for a person (no order queued). */
    private IntakeOutcome create(ResultSubmission result, String canonical, String hash, String held) {
        Instant now = clock.instant();
        OperatorRouting.RoutingDecision route = routing.route(result);
        Shipment shipment = new Shipment(ShipmentIds.next(), result.key(), route.operator(),
                null, ShipmentStatus.ACCEPTED, 0, now, now, now);
        try {
            tx.executeWithoutResult(status -> {
                shipments.insert(shipment, result.procedureCode(), canonical, hash, route.rule());
                if (held == null) {
                    recorder.recordFirst(shipment, "Result accepted by the gateway");
                    outbox.add(props.queues().orders(), null, shipment.id(), now);
                } else {
                    recorder.recordFirst(shipment, "Result accepted by the gateway; held for review: " + held);
                    reviews.hold(shipment, ReviewKind.SPLIT_WARD, held);
                }
            });
        } catch (DuplicateKeyException raced) {
            String existingHash = shipments.payloadHash(result.key()).orElseThrow(() -> raced);
            return existing(result, hash, existingHash);
        }
        log.info("Accepted result {}/{} as shipment {} for operator {} (routing rule {}){}", result.agencyCode(),
                result.dossierCode(), shipment.id(), shipment.operatorCode(), route.rule(),
                held == null ? "" : ", held for review (split ward)");
        return new IntakeOutcome.Created(shipment, held);
    }

    private IntakeOutcome existing(ResultSubmission result, String hash, String existingHash) {
        Shipment shipment = shipments.find(result.key()).orElseThrow();
        return hash.equals(existingHash) ? new IntakeOutcome.Existing(shipment)
                : new IntakeOutcome.Conflict(shipment);
    }

    private String canonicalJson(ResultSubmission result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a validated submission", e);
        }
    }
}
