package vn.resultpost.gateway.channel.jms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.resultpost.gateway.canonical.ResultKey;
import vn.resultpost.gateway.canonical.Shipment;
import vn.resultpost.gateway.intake.IntakeOutcome;
import vn.resultpost.gateway.intake.IntakeProblem;

/** The JSON answers of the JMS channel's request-reply: an acceptance, or a rejection in the REST problem's fields. */
public final class JmsReplies {

    public static final String CREATED = "CREATED";
    public static final String EXISTING = "EXISTING";
    public static final String REJECTED = "REJECTED";

    private final ObjectMapper json;

    public JmsReplies(ObjectMapper json) {
        this.json = json;
    }

    /** {@code shipmentId, agencyCode, dossierCode, status, outcome (CREATED or EXISTING), statusUrl}. */
    public String accepted(IntakeOutcome outcome) {
        Shipment s = outcome.shipment();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("shipmentId", s.id());
        body.put("agencyCode", s.key().agencyCode());
        body.put("dossierCode", s.key().dossierCode());
        body.put("status", s.status().name());
        body.put("outcome", outcome instanceof IntakeOutcome.Created ? CREATED : EXISTING);
        body.put("statusUrl", statusUrl(s.key()));
        return write(body);
    }

    /** {@code type, title, status, detail, errors[field, message]} (and for a conflict the shipment and its URL). */
    public String rejected(IntakeProblem problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.type());
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.detail());
        body.put("errors", problem.errors());
        if (problem.shipmentId() != null) {
            body.put("shipmentId", problem.shipmentId());
            body.put("statusUrl", problem.statusUrl());
        }
        body.put("outcome", REJECTED);
        return write(body);
    }

    /** The REST status URL of a result ({@code GET /api/v1/results/{agency}/{dossier}}). */
    public static String statusUrl(ResultKey key) {
        return "/api/v1/results/" + enc(key.agencyCode()) + "/" + enc(key.dossierCode());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a JMS reply", e);
        }
    }
}
