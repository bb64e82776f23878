package vn.resultpost.gateway.channel.soap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import javax.xml.transform.dom.DOMSource;
import org.apache.camel.Exchange;
import org.apache.camel.component.cxf.common.CxfPayload;
import org.apache.camel.component.cxf.common.message.CxfConstants;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.message.Message;
import org.apache.wss4j.dom.engine.WSSecurityEngineResult;
import org.apache.wss4j.dom.handler.WSHandlerConstants;
import org.apache.wss4j.dom.handler.WSHandlerResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.resultpost.gateway.audit.Correlation;
import vn.resultpost.gateway.audit.Direction;
import vn.resultpost.gateway.audit.MessageLog;
import vn.resultpost.gateway.canonical.ResultKey;
import vn.resultpost.gateway.canonical.Shipment;
import vn.resultpost.gateway.canonical.TimelineEntry;
import vn.resultpost.gateway.intake.Channel;
import vn.resultpost.gateway.intake.IntakeOutcome;
import vn.resultpost.gateway.intake.InvalidResultException;
import vn.resultpost.gateway.intake.ResultIntake;
import vn.resultpost.gateway.security.AgencyAccess;
import vn.resultpost.gateway.security.ClientRateLimits;
import vn.resultpost.gateway.security.GatewayClient;
import vn.resultpost.gateway.store.DeadlineRepository;
import vn.resultpost.gateway.store.DeadlineRepository.StoredDeadline;
import vn.resultpost.gateway.store.ShipmentRepository;
import vn.resultpost.gateway.store.TimelineRepository;
import vn.resultpost.gateway.support.ForbiddenException;

/**
 * SOAP Channel Adapter (contract: src/main/resources/wsdl/results-v1.wsdl), PAYLOAD mode. SubmitResult
 * is translated to the canonical JSON of the REST channel and handed to {@link ResultIntake}: same
 * normalisation, validation and idempotency. The caller is the client the WS-Security UsernameToken
 * authenticated (checked by WSS4J before this runs); it is put in the Spring SecurityContext for the
 * call, so the same {@link AgencyAccess} boundary applies. Every refusal is a SOAP fault whose detail
 * ({@code GatewayFault}) carries a code and, for invalid input, each bad field with its message.
 */
@Component("resultsSoap")
public class ResultsSoapAdapter {

    public static final String NS = SoapXml.NS;
    private static final Logger log = LoggerFactory.getLogger(ResultsSoapAdapter.class);

    private final ResultIntake intake;
    private final ShipmentRepository shipments;
    private final TimelineRepository timeline;
    private final DeadlineRepository deadlines;
    private final AgencyAccess access;
    private final SoapClients clients;
    private final ClientRateLimits rateLimits;
    private final MessageLog messageLog;
    private final ObjectMapper json;
    private final SoapRequestTranslator translator;

    public ResultsSoapAdapter(ResultIntake intake, ShipmentRepository shipments, TimelineRepository timeline,
                              DeadlineRepository deadlines, AgencyAccess access, SoapClients clients,
                              ClientRateLimits rateLimits, MessageLog messageLog, ObjectMapper json) {
        this.intake = intake;
        this.shipments = shipments;
        this.timeline = timeline;
        this.deadlines = deadlines;
        this.access = access;
        this.clients = clients;
        this.rateLimits = rateLimits;
        this.messageLog = messageLog;
        this.json = json;
        this.translator = new SoapRequestTranslator(json);
    }

    /** Serves one SOAP operation: the route passes the exchange from the {@code cxf:} consumer. */
    public CxfPayload<?> handle(Exchange exchange) {
        String operation = exchange.getIn().getHeader(CxfConstants.OPERATION_NAME, String.class);
        Element request = requestElement(exchange);
        GatewayClient caller = caller(exchange).orElseThrow(() ->
                SoapFaults.fault(true, "unauthorized", "No authenticated SOAP client", null, List.of()));
        if (!rateLimits.tryAcquire(caller.getName())) {
            throw SoapFaults.fault(true, "rate-limited", "At most " + rateLimits.limitFor(caller.getName())
                    + " requests per second for " + caller.getName() + "; retry after 1 second", null, List.of());
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(caller);
        SecurityContextHolder.setContext(context);
        try {
            Element answer = switch (operation == null ? "" : operation) {
                case "SubmitResult" -> submit(request);
                case "GetResultStatus" -> status(request);
                default -> throw SoapFaults.fault(true, "unknown-operation", "Unknown operation " + operation, null, List.of());
            };
            return new CxfPayload<>(null, List.of(new DOMSource(answer)), null);
        } catch (SoapFault fault) {
            throw fault;
        } catch (InvalidResultException e) {
            throw SoapFaults.fault(true, "invalid-result", e.getMessage(), null, e.violations());
        } catch (ForbiddenException e) {
            throw SoapFaults.fault(true, "forbidden", e.getMessage(), null, List.of());
        } catch (RuntimeException e) {
            log.error("SOAP {} failed", operation, e);
            throw SoapFaults.fault(false, "internal-error", "The gateway could not process the request; try again later",
                    null, List.of());
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private Element submit(Element request) {
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

    private Element status(Element request) {
        ObjectNode query = translator.toJson(request);
        String agency = text(query.get("agencyCode"));
        String dossier = text(query.get("dossierCode"));
        if (agency == null || dossier == null) {
            throw SoapFaults.fault(true, "invalid-request", "agencyCode and dossierCode are required", null, List.of());
        }
        access.requireRead(agency);
        Shipment s = shipments.find(new ResultKey(agency, dossier)).orElseThrow(() ->
                SoapFaults.fault(true, "not-found", "No result " + dossier + " of agency " + agency, null, List.of()));
        Optional<StoredDeadline> deadline = deadlines.find(s.id());
        Document doc = SoapXml.newDocument();
        Element answer = SoapXml.element(doc, doc, "GetResultStatusResponse");
        SoapXml.add(answer, "shipmentId", s.id());
        SoapXml.add(answer, "agencyCode", s.key().agencyCode());
        SoapXml.add(answer, "dossierCode", s.key().dossierCode());
        SoapXml.add(answer, "operator", s.operatorCode());
        if (s.waybill() != null) {
            SoapXml.add(answer, "waybill", s.waybill());
        }
        SoapXml.add(answer, "status", s.status().name());
        SoapXml.add(answer, "dossierStatusCode", s.status().dossierStatusCode());
        SoapXml.add(answer, "failedAttempts", String.valueOf(s.failedAttempts()));
        deadline.map(StoredDeadline::dueDate).ifPresent(d -> SoapXml.add(answer, "dueDate", d.toString()));
        SoapXml.add(answer, "overdue", String.valueOf(deadline.map(d -> d.overdueAt() != null).orElse(false)));
        Element entries = SoapXml.element(doc, answer, "timeline");
        for (TimelineEntry t : timeline.list(s.id())) {
            Element entry = SoapXml.element(doc, entries, "entry");
            SoapXml.add(entry, "sequence", String.valueOf(t.sequence()));
            SoapXml.add(entry, "status", t.status().name());
            if (t.operatorStatusCode() != null) {
                SoapXml.add(entry, "operatorStatusCode", t.operatorStatusCode());
            }
            if (t.description() != null) {
                SoapXml.add(entry, "description", t.description());
            }
            SoapXml.add(entry, "occurredAt", t.occurredAt().toString());
            if (t.recordedAt() != null) {
                SoapXml.add(entry, "recordedAt", t.recordedAt().toString());
            }
            if (t.reportState() != null) {
                SoapXml.add(entry, "reportState", t.reportState().name());
            }
        }
        return answer;
    }

    // --- The caller -----------------------------------------------------------------------------------

    /** The SOAP client whose UsernameToken WSS4J verified for this message. */
    private Optional<GatewayClient> caller(Exchange exchange) {
        Message cxf = exchange.getProperty(CxfConstants.CAMEL_CXF_MESSAGE, Message.class);
        if (cxf == null) {
            cxf = exchange.getIn().getHeader(CxfConstants.CAMEL_CXF_MESSAGE, Message.class);
        }
        if (cxf == null) {
            return Optional.empty();
        }
        Object results = cxf.get(WSHandlerConstants.RECV_RESULTS);
        if (results instanceof List<?> list) {
            for (Object handlerResult : list) {
                if (handlerResult instanceof WSHandlerResult r) {
                    for (WSSecurityEngineResult engine : r.getResults()) {
                        if (engine.get(WSSecurityEngineResult.TAG_PRINCIPAL) instanceof Principal p) {
                            return clients.client(p.getName());
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    // --- XML to the canonical JSON ----------------------------------------------------------------------

    private static Element requestElement(Exchange exchange) {
        Object body = exchange.getIn().getBody();
        if (body instanceof CxfPayload<?> payload && !payload.getBody().isEmpty()) {
            return payload.getBody().get(0);
        }
        throw SoapFaults.fault(true, "invalid-request", "Empty SOAP body", null, List.of());
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() && !node.textValue().isBlank() ? node.textValue().strip() : null;
    }
}
