package vn.resultpost.gateway.channel.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Body;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.audit.Correlation;
import vn.resultpost.gateway.audit.Direction;
import vn.resultpost.gateway.audit.MessageLog;
import vn.resultpost.gateway.canonical.ResultKey;
import vn.resultpost.gateway.canonical.Shipment;
import vn.resultpost.gateway.operator.ShipmentCancellation;
import vn.resultpost.gateway.security.AgencyAccess;
import vn.resultpost.gateway.support.InvalidMessageException;

/**
 * REST Channel Adapter for cancelling a result before pickup: POST
 * /api/v1/results/{agencyCode}/{dossierCode}/cancel with an optional {@code {"reason": "..."}}.
 */
@Component("cancellationApi")
public class CancellationApi {

    private final ShipmentCancellation cancellation;
    private final AgencyAccess access;
    private final MessageLog messageLog;
    private final ObjectMapper json;

    public CancellationApi(ShipmentCancellation cancellation, AgencyAccess access, MessageLog messageLog,
                           ObjectMapper json) {
        this.cancellation = cancellation;
        this.access = access;
        this.messageLog = messageLog;
        this.json = json;
    }

    /** 200 with the cancelled shipment; 409 after pickup or once final; 503 when the operator cannot be reached. */
    public ApiReply cancel(@Header("agencyCode") String agencyCode, @Header("dossierCode") String dossierCode,
                           @Body String body) {
        access.requireWrite(agencyCode);
        messageLog.record(Direction.IN, "dossier-system:" + agencyCode, Correlation.of(agencyCode, dossierCode),
                body == null || body.isBlank() ? "{\"cancel\":true}" : body); // audit: the request as received
        Shipment s = cancellation.cancel(new ResultKey(agencyCode, dossierCode), reason(body));
        return ApiReply.json(200, java.util.Map.of("shipmentId", s.id(), "agencyCode", agencyCode,
                "dossierCode", dossierCode, "status", s.status(), "statusUrl", ResultsApi.statusUrl(s.key())));
    }

    private String reason(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = json.readTree(body);
            JsonNode reason = node == null ? null : node.get("reason");
            if (node == null || !node.isObject() || (reason != null && !reason.isTextual() && !reason.isNull())) {
                throw new InvalidMessageException("The body is optional; when given it is {\"reason\": \"...\"}");
            }
            return reason == null || reason.isNull() ? null : reason.textValue();
        } catch (JsonProcessingException e) {
            throw new InvalidMessageException("Malformed JSON: " + e.getOriginalMessage());
        }
    }
}
