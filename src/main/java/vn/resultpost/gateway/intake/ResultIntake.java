package vn.resultpost.gateway.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.resultpost.gateway.address.AdministrativeUnits;
import vn.resultpost.gateway.canonical.ResultSubmission;
import vn.resultpost.gateway.canonical.Shipment;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.canonical.Violation;
import vn.resultpost.gateway.config.GatewayProperties;
import vn.resultpost.gateway.operator.OperatorRouting;
import vn.resultpost.gateway.review.ReviewKind;
import vn.resultpost.gateway.review.ReviewQueue;
import vn.resultpost.gateway.store.OutboxRepository;
import vn.resultpost.gateway.store.ShipmentRepository;
import vn.resultpost.gateway.support.ForbiddenException;
import vn.resultpost.gateway.tracking.StatusRecorder;

/**
 * Intake of a result from any channel: Normalizer, Validator, then an Idempotent Receiver keyed on
 * (agency, dossier) that stores the shipment and queues its order in one database transaction.
 */
@Service("resultIntake")
public class ResultIntake {

    private static final Logger log = LoggerFactory.getLogger(ResultIntake.class);

    private final SubmissionReader reader;
    private final ResultNormalizer normalizer;
    private final LegacyAddressConverter legacy;
    private final ResultValidator validator;
    private final AgencyDirectory agencies;
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

    public ResultIntake(SubmissionReader reader, ResultNormalizer normalizer, LegacyAddressConverter legacy,
                        AgencyDirectory agencies,
                        AdministrativeUnits units,
                        ShipmentRepository shipments, OutboxRepository outbox, StatusRecorder recorder,
                        TransactionTemplate tx, ObjectMapper json, GatewayProperties props, OperatorRouting routing,
                        ReviewQueue reviews, IntakeBacklog backlog, Clock clock) {
        this.reader = reader;
        this.normalizer = normalizer;
        this.legacy = legacy;
        this.validator = new ResultValidator(agencies::knows, units);
        this.agencies = agencies;
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

    /** Accepts a result given as JSON over the REST channel (see {@link #submit(String, Predicate, Channel)}). */
    public IntakeOutcome submit(String body, Predicate<String> mayActFor) {
        return submit(body, mayActFor, Channel.REST);
    }

    /**
     * Accepts a result given as JSON over {@code channel} from a caller who may act for the agencies
     * {@code mayActFor} accepts; throws {@link InvalidResultException} naming every bad field, or
     * {@link ForbiddenException} for another agency's result (before anything about it is revealed) or
     * for an agency that does not hand results over this channel, or {@link
     * vn.resultpost.gateway.support.UnavailableException} for a new result while the backlog is full
     * ({@link IntakeBacklog}).
     */
    public IntakeOutcome submit(String body, Predicate<String> mayActFor, Channel channel) {
        LegacyAddressConverter.Conversion conversion = legacy.convert(normalizer.normalize(reader.read(body)));
        ResultSubmission result = conversion.result();
        List<Violation> violations = validator.validate(result, conversion.wardPending());
        if (!violations.isEmpty()) {
            throw new InvalidResultException(violations);
        }
        if (!mayActFor.test(result.agencyCode())) {
            throw new ForbiddenException("You may not submit results for agency " + result.agencyCode());
        }
        if (!agencies.accepts(result.agencyCode(), channel)) {
            throw new ForbiddenException("Agency " + result.agencyCode() + " does not hand results over " + channel
                    + " (gateway.agencies.[" + result.agencyCode() + "].inbound-channels)");
        }
        String canonical = canonicalJson(result);
        String hash = hashes.of(result);
        return shipments.payloadHash(result.key())
                .map(existingHash -> existing(result, hash, existingHash))
                .orElseGet(() -> {
                    backlog.admit(channel);
                    return create(result, canonical, hash, conversion.wardPending()
                            ? LegacyAddressConverter.splitDetail(result.address(), conversion.candidates()) : null);
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
