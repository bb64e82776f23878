package vn.resultpost.gateway.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.resultpost.gateway.address.Ward;
import vn.resultpost.gateway.canonical.ResultSubmission;
import vn.resultpost.gateway.canonical.Shipment;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.config.GatewayProperties;
import vn.resultpost.gateway.review.ReviewItem;
import vn.resultpost.gateway.review.ReviewKind;
import vn.resultpost.gateway.review.ReviewQueue;
import vn.resultpost.gateway.store.OutboxRepository;
import vn.resultpost.gateway.store.ShipmentRepository;
import vn.resultpost.gateway.support.InvalidMessageException;

/**
 * Resolves a result held because its old ward was split: a person picks one of the candidate 2025 wards;
 * the stored submission gets that ward and province, the review item is closed with the reason, and the
 * order is queued, all in one transaction.
 */
@Service
public class SplitWardResolution {

    private static final Logger log = LoggerFactory.getLogger(SplitWardResolution.class);

    private final ReviewQueue reviews;
    private final ShipmentRepository shipments;
    private final OutboxRepository outbox;
    private final LegacyAddressConverter legacy;
    private final GatewayProperties props;
    private final TransactionTemplate tx;
    private final ObjectMapper json;
    private final Clock clock;

    public SplitWardResolution(ReviewQueue reviews, ShipmentRepository shipments, OutboxRepository outbox,
                               LegacyAddressConverter legacy, GatewayProperties props, TransactionTemplate tx,
                               ObjectMapper json, Clock clock) {
        this.reviews = reviews;
        this.shipments = shipments;
        this.outbox = outbox;
        this.legacy = legacy;
        this.props = props;
        this.tx = tx;
        this.json = json;
        this.clock = clock;
    }

    /** Gives the held shipment of review item {@code item} the ward {@code wardCode}; 400 unless a candidate. */
    public ReviewItem resolve(ReviewItem item, String by, String resolution, String wardCode) {
        if (item.kind() != ReviewKind.SPLIT_WARD || item.shipmentId() == null) {
            throw new InvalidMessageException("Review item " + item.id() + " is not a split ward: give no wardCode");
        }
        return tx.execute(t -> {
            Shipment s = shipments.lockById(item.shipmentId()).orElseThrow();
            ResultSubmission stored = read(shipments.payload(s.id()).orElseThrow().json());
            List<Ward> candidates = legacy.candidates(stored.address());
            Ward chosen = candidates.stream().filter(w -> w.code().equals(wardCode)).findFirst()
                    .orElseThrow(() -> new InvalidMessageException("wardCode must be one of " + candidates.stream()
                            .map(w -> w.code() + " (" + w.name() + ")").collect(Collectors.joining(", "))));
            ReviewItem resolved = reviews.resolve(item.id(), by, resolution + " [ward " + chosen.code() + " "
                    + chosen.name() + "]");
            if (s.status() == ShipmentStatus.ACCEPTED && s.waybill() == null) {
                shipments.updatePayload(s.id(), write(LegacyAddressConverter.withAddress(stored, chosen.provinceCode(),
                        chosen.code())));
                outbox.add(props.queues().orders(), null, s.id(), clock.instant());
                log.info("Shipment {} ({}/{}): split ward resolved to {} by {}; order queued", s.id(),
                        s.key().agencyCode(), s.key().dossierCode(), chosen.code(), by);
            }
            return resolved;
        });
    }

    private ResultSubmission read(String payload) {
        try {
            return json.readValue(payload, ResultSubmission.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored submission is unreadable", e);
        }
    }

    private String write(ResultSubmission r) {
        try {
            return json.writeValueAsString(r);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a submission", e);
        }
    }
}
