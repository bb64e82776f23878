package vn.resultpost.gateway.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.resultpost.gateway.address.AdministrativeUnits;
import vn.resultpost.gateway.canonical.ResultSubmission;
import vn.resultpost.gateway.canonical.Violation;
import vn.resultpost.gateway.config.GatewayProperties;
import vn.resultpost.gateway.operator.OperatorRouting;
import vn.resultpost.gateway.review.ReviewQueue;
import vn.resultpost.gateway.store.OutboxRepository;
import vn.resultpost.gateway.store.ShipmentRepository;
import vn.resultpost.gateway.support.ForbiddenException;
import vn.resultpost.gateway.tracking.StatusRecorder;

/**
 * Intake of a result from any channel: Normalizer, Validator, then an Idempotent Receiver keyed on
 * (agency, dossier) that stores the shipment and queues its order in one database transaction
 * ({@link IdempotentReceiver}).
 */
@Service("resultIntake")
public class ResultIntake {

    private final SubmissionReader reader;
    private final ResultNormalizer normalizer;
    private final LegacyAddressConverter legacy;
    private final ResultValidator validator;
    private final AgencyDirectory agencies;
    private final IdempotentReceiver receiver;

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
        this.receiver = new IdempotentReceiver(shipments, outbox, recorder, tx, json, props, routing, reviews, backlog,
                clock);
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
        return receiver.receive(result, channel, () -> conversion.wardPending()
                ? LegacyAddressConverter.splitDetail(result.address(), conversion.candidates()) : null);
    }
}
