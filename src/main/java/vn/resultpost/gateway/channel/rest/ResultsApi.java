package vn.resultpost.gateway.channel.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Body;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.audit.Correlation;
import vn.resultpost.gateway.audit.Direction;
import vn.resultpost.gateway.audit.MessageLog;
import vn.resultpost.gateway.canonical.ResultKey;
import vn.resultpost.gateway.canonical.Shipment;
import vn.resultpost.gateway.intake.Channel;
import vn.resultpost.gateway.intake.IntakeOutcome;
import vn.resultpost.gateway.intake.ResultIntake;
import vn.resultpost.gateway.review.ReviewQueue;
import vn.resultpost.gateway.security.AgencyAccess;
import vn.resultpost.gateway.store.DeadlineRepository;
import vn.resultpost.gateway.store.ShipmentRepository;
import vn.resultpost.gateway.store.TimelineRepository;

/** REST Channel Adapter for dossier systems: submit a result, read its status and timeline. */
@Component("resultsApi")
public class ResultsApi {

    private final ResultIntake intake;
    private final ShipmentRepository shipments;
    private final TimelineRepository timeline;
    private final AgencyAccess access;
    private final DeadlineRepository deadlines;
    private final MessageLog messageLog;
    private final ReviewQueue reviews;
    private final ObjectMapper json;

    public ResultsApi(ResultIntake intake, ShipmentRepository shipments, TimelineRepository timeline,
                      AgencyAccess access, DeadlineRepository deadlines, MessageLog messageLog, ReviewQueue reviews,
                      ObjectMapper json) {
        this.intake = intake;
        this.shipments = shipments;
        this.timeline = timeline;
        this.access = access;
        this.deadlines = deadlines;
        this.messageLog = messageLog;
        this.reviews = reviews;
        this.json = json;
    }

    /** POST /api/v1/results: 202 when created, 200 when the same result was already accepted, 409 when it differs. */
    public ApiReply submit(@Body String body) {
        recordSubmission(body);
        IntakeOutcome outcome = intake.submit(body, access::mayWrite, Channel.REST);
        Shipment s = outcome.shipment();
        String statusUrl = statusUrl(s.key());
        if (outcome instanceof IntakeOutcome.Conflict) {
            return Problems.of(409, "result-conflict", "This result was already submitted with other content",
                    "Dossier " + s.key().dossierCode() + " of agency " + s.key().agencyCode()
                            + " already has shipment " + s.id() + "; a result is shipped once",
                    Map.of("shipmentId", s.id(), "statusUrl", statusUrl));
        }
        Map<String, Object> body2 = new LinkedHashMap<>();
        body2.put("shipmentId", s.id());
        body2.put("agencyCode", s.key().agencyCode());
        body2.put("dossierCode", s.key().dossierCode());
        body2.put("status", s.status());
        body2.put("statusUrl", statusUrl);
        if (outcome instanceof IntakeOutcome.Created c && c.heldForReview() != null) {
            body2.put("heldForReview", c.heldForReview());
        }
        int status = outcome instanceof IntakeOutcome.Created ? 202 : 200;
        return new ApiReply(status, ApiReply.JSON, body2, statusUrl);
    }

    /** GET /api/v1/results/{agencyCode}/{dossierCode}: current status and ordered timeline. */
    public ApiReply get(@Header("agencyCode") String agencyCode, @Header("dossierCode") String dossierCode) {
        access.requireRead(agencyCode);
        return shipments.find(new ResultKey(agencyCode, dossierCode))
                .map(s -> ApiReply.json(200, ShipmentView.of(s, timeline.list(s.id()), deadlines.find(s.id()),
                        shipments.routingRule(s.id()).orElse(null), reviews.openFor(s.id()))))
                .orElseGet(() -> Problems.notFound("No result " + dossierCode + " of agency " + agencyCode));
    }

    // --- Audit message log -------------------------------------------------------------------------

    /**
     * Records the submission as received (IN), before it is read: party {@code dossier-system:<agency>}
     * with the agency and dossier codes the body names (read leniently); a body that is not a JSON object
     * is recorded with party {@code dossier-system} and no correlation.
     */
    private void recordSubmission(String body) {
        String agency = null;
        String dossier = null;
        try {
            JsonNode node = body == null || body.isBlank() ? null : json.readTree(body);
            if (node != null && node.isObject()) {
                agency = text(node.get("agencyCode"));
                dossier = text(node.get("dossierCode"));
            }
        } catch (JsonProcessingException unreadable) {
            // recorded as it came, without correlation; intake answers 400
        }
        messageLog.record(Direction.IN, agency == null ? "dossier-system" : "dossier-system:" + agency,
                agency == null && dossier == null ? Correlation.NONE : Correlation.of(agency, dossier), body);
    }

    private static String text(JsonNode value) {
        return value != null && value.isTextual() && !value.textValue().isBlank() ? value.textValue().strip() : null;
    }

    static String statusUrl(ResultKey key) {
        return "/api/v1/results/" + enc(key.agencyCode()) + "/" + enc(key.dossierCode());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
