package vn.resultpost.gateway.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.canonical.Shipment;
import vn.resultpost.gateway.deadline.DeadlineCalculator;
import vn.resultpost.gateway.review.ReviewItem;
import vn.resultpost.gateway.review.ReviewQueue;
import vn.resultpost.gateway.store.DeadlineRepository;
import vn.resultpost.gateway.store.DeadlineRepository.StoredDeadline;
import vn.resultpost.gateway.store.ShipmentRepository;
import vn.resultpost.gateway.support.NotFoundException;

/** Read model of one shipment's page: the shipment, its timeline with each report's outcome, deadline, applicant. */
@Component
public class ShipmentPageReadModel {

    private final ShipmentRepository shipments;
    private final DeadlineRepository deadlines;
    private final ReviewQueue reviews;
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    public ShipmentPageReadModel(ShipmentRepository shipments, DeadlineRepository deadlines, ReviewQueue reviews,
                                 JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.shipments = shipments;
        this.deadlines = deadlines;
        this.reviews = reviews;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** The page of a shipment; personal data masked unless {@code seesPersonalData}. */
    public ShipmentPage page(String id, boolean seesPersonalData) {
        Shipment s = shipments.findById(id).orElseThrow(() -> new NotFoundException("No shipment " + id));
        Optional<StoredDeadline> deadline = deadlines.find(id);
        LocalDate today = LocalDate.now(clock.withZone(DeadlineCalculator.VIETNAM));
        String state = deadline.map(d -> DeadlineState.of(s, d, today)).orElse(DeadlineState.NOT_SET).name();
        List<TimelineRow> timeline = jdbc.sql("select seq, status, operator_status_code, description, occurred_at, "
                        + "report_state, report_attempts, report_error, reported_at from shipment_event "
                        + "where shipment_id = ? order by seq").param(id)
                .query((rs, n) -> new TimelineRow(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getInt(7), rs.getString(8),
                        instant(rs.getTimestamp(9)))).list();
        List<ReviewItem> items = jdbc.sql("select id from review_item where shipment_id = ? order by id").param(id)
                .query(Long.class).list().stream().map(reviews::get).toList();
        return new ShipmentPage(s, shipments.routingRule(id).orElse(null),
                deadline.map(StoredDeadline::dueDate).orElse(null), deadline.map(StoredDeadline::rule).orElse(null),
                state, timeline, items, recipient(id, seesPersonalData));
    }

    private Recipient recipient(String id, boolean seesPersonalData) {
        JsonNode payload = shipments.payload(id).map(p -> read(p.json())).orElse(null);
        if (payload == null) {
            return new Recipient(null, null, null, null, null);
        }
        JsonNode a = payload.path("applicant");
        JsonNode address = payload.path("address");
        Recipient plain = new Recipient(text(a, "fullName"), text(a, "phone"), text(address, "streetLine"),
                text(address, "wardCode"), text(address, "provinceCode"));
        return seesPersonalData ? plain : plain.masked();
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isTextual() ? v.textValue() : null;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** One timeline entry with the outcome of its report to the dossier system. */
    public record TimelineRow(int seq, String status, String operatorCode, String description, Instant occurredAt,
                              String reportState, int reportAttempts, String reportError, Instant reportedAt) {
    }

    /** Everything the shipment page shows. */
    public record ShipmentPage(Shipment shipment, String routingRule, LocalDate dueDate, String deadlineRule,
                               String deadlineState, List<TimelineRow> timeline, List<ReviewItem> reviews,
                               Recipient recipient) {
    }
}
