package vn.resultpost.gateway.channel.soap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.resultpost.gateway.audit.Correlation;
import vn.resultpost.gateway.audit.Direction;
import vn.resultpost.gateway.audit.MessageLog;
import vn.resultpost.gateway.canonical.Shipment;
import vn.resultpost.gateway.intake.Channel;
import vn.resultpost.gateway.intake.IntakeOutcome;
import vn.resultpost.gateway.intake.ResultIntake;
import vn.resultpost.gateway.security.AgencyAccess;

/**
 * SubmitResult: the request element is translated to the REST channel's JSON and handed to
 * {@link ResultIntake} (same normalisation, validation, idempotency); answers CREATED or EXISTING.
 */
@Component
class SubmitResultOperation implements SoapOperation {

    private final ResultIntake intake;
    private final AgencyAccess access;
    private final MessageLog messageLog;
    private final SoapRequestTranslator translator;

    SubmitResultOperation(ResultIntake intake, AgencyAccess access, MessageLog messageLog, ObjectMapper json) {
        this.intake = intake;
        this.access = access;
        this.messageLog = messageLog;
        this.translator = new SoapRequestTranslator(json);
    }

    @Override
    public String name() {
        return "SubmitResult";
    }

    @Override
    public Element answer(Element request) {
        ObjectNode body = translator.toJson(request);
        String agency = text(body.get("agencyCode"));
        String dossier = text(body.get("dossierCode"));
        messageLog.record(Direction.IN, agency == null ? "dossier-system" : "dossier-system:" + agency,
                agency == null && dossier == null ? Correlation.NONE : Correlation.of(agency, dossier), SoapXml.xml(request));
        IntakeOutcome outcome = intake.submit(body.toString(), access::mayWrite, Channel.SOAP);
        Shipment s = outcome.shipment();
        if (outcome instanceof IntakeOutcome.Conflict) {
            throw SoapFaults.fault(true, "result-conflict", "Dossier " + s.key().dossierCode() + " of agency "
                    + s.key().agencyCode() + " was already submitted with other content (shipment " + s.id()
                    + "); a result is shipped once", s.id(), List.of());
        }
        Document doc = SoapXml.newDocument();
        Element answer = SoapXml.element(doc, doc, "SubmitResultResponse");
        SoapXml.add(answer, "shipmentId", s.id());
        SoapXml.add(answer, "agencyCode", s.key().agencyCode());
        SoapXml.add(answer, "dossierCode", s.key().dossierCode());
        SoapXml.add(answer, "status", s.status().name());
        SoapXml.add(answer, "outcome", outcome instanceof IntakeOutcome.Created ? "CREATED" : "EXISTING");
        return answer;
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() && !node.textValue().isBlank() ? node.textValue().strip() : null;
    }
}
