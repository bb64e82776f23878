package vn.resultpost.gateway.channel.soap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.camel.Exchange;
import org.apache.camel.component.cxf.common.CxfPayload;
import org.apache.camel.component.cxf.common.message.CxfConstants;
import org.apache.cxf.binding.soap.Soap11;
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
import org.w3c.dom.Node;
import vn.resultpost.gateway.audit.Correlation;
import vn.resultpost.gateway.audit.Direction;
import vn.resultpost.gateway.audit.MessageLog;
import vn.resultpost.gateway.canonical.ResultKey;
import vn.resultpost.gateway.canonical.Shipment;
import vn.resultpost.gateway.canonical.TimelineEntry;
import vn.resultpost.gateway.canonical.Violation;
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

    public static final String NS = "urn:resultpost:gateway:results:v1";
    private static final Logger log = LoggerFactory.getLogger(ResultsSoapAdapter.class);
    private static final Set<String> NUMBERS = Set.of("codAmount", "weightGrams", "copies");
    private static final Set<String> BOOLEANS = Set.of("original", "appointmentSlip", "sameDayProcedure");

    private final ResultIntake intake;
    private final ShipmentRepository shipments;
    private final TimelineRepository timeline;
    private final DeadlineRepository deadlines;
    private final AgencyAccess access;
    private final SoapClients clients;
    private final ClientRateLimits rateLimits;
    private final MessageLog messageLog;
    private final ObjectMapper json;

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
    }

    /** Serves one SOAP operation: the route passes the exchange from the {@code cxf:} consumer. */
    public CxfPayload<?> handle(Exchange exchange) {
        String operation = exchange.getIn().getHeader(CxfConstants.OPERATION_NAME, String.class);
        Element request = requestElement(exchange);
        GatewayClient caller = caller(exchange).orElseThrow(() ->
                fault(true, "unauthorized", "No authenticated SOAP client", null, List.of()));
        if (!rateLimits.tryAcquire(caller.getName())) {
            throw fault(true, "rate-limited", "At most " + rateLimits.limitFor(caller.getName())
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
                default -> throw fault(true, "unknown-operation", "Unknown operation " + operation, null, List.of());
            };
            return new CxfPayload<>(null, List.of(new DOMSource(answer)), null);
        } catch (SoapFault fault) {
            throw fault;
        } catch (InvalidResultException e) {
            throw fault(true, "invalid-result", e.getMessage(), null, e.violations());
        } catch (ForbiddenException e) {
            throw fault(true, "forbidden", e.getMessage(), null, List.of());
        } catch (RuntimeException e) {
            log.error("SOAP {} failed", operation, e);
            throw fault(false, "internal-error", "The gateway could not process the request; try again later",
                    null, List.of());
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private Element submit(Element request) {
        ObjectNode body = toJson(request);
        String agency = text(body.get("agencyCode"));
        String dossier = text(body.get("dossierCode"));
        messageLog.record(Direction.IN, agency == null ? "dossier-system" : "dossier-system:" + agency,
                agency == null && dossier == null ? Correlation.NONE : Correlation.of(agency, dossier), xml(request));
        IntakeOutcome outcome = intake.submit(body.toString(), access::mayWrite);
        Shipment s = outcome.shipment();
        if (outcome instanceof IntakeOutcome.Conflict) {
            throw fault(true, "result-conflict", "Dossier " + s.key().dossierCode() + " of agency "
                    + s.key().agencyCode() + " was already submitted with other content (shipment " + s.id()
                    + "); a result is shipped once", s.id(), List.of());
        }
        Document doc = newDocument();
        Element answer = element(doc, doc, "SubmitResultResponse");
        add(answer, "shipmentId", s.id());
        add(answer, "agencyCode", s.key().agencyCode());
        add(answer, "dossierCode", s.key().dossierCode());
        add(answer, "status", s.status().name());
        add(answer, "outcome", outcome instanceof IntakeOutcome.Created ? "CREATED" : "EXISTING");
        return answer;
    }

    private Element status(Element request) {
        ObjectNode query = toJson(request);
        String agency = text(query.get("agencyCode"));
        String dossier = text(query.get("dossierCode"));
        if (agency == null || dossier == null) {
            throw fault(true, "invalid-request", "agencyCode and dossierCode are required", null, List.of());
        }
        access.requireRead(agency);
        Shipment s = shipments.find(new ResultKey(agency, dossier)).orElseThrow(() ->
                fault(true, "not-found", "No result " + dossier + " of agency " + agency, null, List.of()));
        Optional<StoredDeadline> deadline = deadlines.find(s.id());
        Document doc = newDocument();
        Element answer = element(doc, doc, "GetResultStatusResponse");
        add(answer, "shipmentId", s.id());
        add(answer, "agencyCode", s.key().agencyCode());
        add(answer, "dossierCode", s.key().dossierCode());
        add(answer, "operator", s.operatorCode());
        if (s.waybill() != null) {
            add(answer, "waybill", s.waybill());
        }
        add(answer, "status", s.status().name());
        add(answer, "dossierStatusCode", s.status().dossierStatusCode());
        add(answer, "failedAttempts", String.valueOf(s.failedAttempts()));
        deadline.map(StoredDeadline::dueDate).ifPresent(d -> add(answer, "dueDate", d.toString()));
        add(answer, "overdue", String.valueOf(deadline.map(d -> d.overdueAt() != null).orElse(false)));
        Element entries = element(doc, answer, "timeline");
        for (TimelineEntry t : timeline.list(s.id())) {
            Element entry = element(doc, entries, "entry");
            add(entry, "sequence", String.valueOf(t.sequence()));
            add(entry, "status", t.status().name());
            if (t.operatorStatusCode() != null) {
                add(entry, "operatorStatusCode", t.operatorStatusCode());
            }
            if (t.description() != null) {
                add(entry, "description", t.description());
            }
            add(entry, "occurredAt", t.occurredAt().toString());
            if (t.recordedAt() != null) {
                add(entry, "recordedAt", t.recordedAt().toString());
            }
            if (t.reportState() != null) {
                add(entry, "reportState", t.reportState().name());
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
        throw fault(true, "invalid-request", "Empty SOAP body", null, List.of());
    }

    /** The request element as the JSON object of the REST channel (documents/document becomes an array). */
    ObjectNode toJson(Element element) {
        ObjectNode object = json.createObjectNode();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element child)) {
                continue;
            }
            String name = child.getLocalName();
            if ("documents".equals(name)) {
                ArrayNode array = object.putArray(name);
                for (Node d = child.getFirstChild(); d != null; d = d.getNextSibling()) {
                    if (d instanceof Element document) {
                        array.add(toJson(document));
                    }
                }
            } else if (hasElementChildren(child)) {
                object.set(name, toJson(child));
            } else {
                object.set(name, value(name, child.getTextContent()));
            }
        }
        return object;
    }

    private JsonNode value(String name, String text) {
        String t = text.strip();
        if (NUMBERS.contains(name) && t.matches("[+-]?\\d{1,18}")) {
            return json.getNodeFactory().numberNode(Long.parseLong(t));
        }
        if (BOOLEANS.contains(name) && (t.equals("true") || t.equals("1") || t.equals("false") || t.equals("0"))) {
            return json.getNodeFactory().booleanNode(t.equals("true") || t.equals("1"));
        }
        return json.getNodeFactory().textNode(text);
    }

    private static boolean hasElementChildren(Element element) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) {
                return true;
            }
        }
        return false;
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() && !node.textValue().isBlank() ? node.textValue().strip() : null;
    }

    // --- Building answers and faults --------------------------------------------------------------------

    /** A SOAP fault (Client or Server) whose detail is a {@code GatewayFault} naming each bad field. */
    static SoapFault fault(boolean client, String code, String message, String shipmentId, List<Violation> violations) {
        SoapFault fault = new SoapFault(message,
                client ? Soap11.getInstance().getSender() : Soap11.getInstance().getReceiver());
        Element detail = fault.getOrCreateDetail();
        Document doc = detail.getOwnerDocument();
        Element gatewayFault = element(doc, detail, "GatewayFault");
        add(gatewayFault, "code", code);
        add(gatewayFault, "message", message);
        if (shipmentId != null) {
            add(gatewayFault, "shipmentId", shipmentId);
        }
        for (Violation v : violations) {
            Element violation = element(doc, gatewayFault, "violation");
            add(violation, "field", v.field());
            add(violation, "message", v.message());
        }
        return fault;
    }

    private static Element element(Document doc, Node parent, String name) {
        Element e = doc.createElementNS(NS, name);
        parent.appendChild(e);
        return e;
    }

    private static void add(Element parent, String name, String value) {
        element(parent.getOwnerDocument(), parent, name).setTextContent(value);
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String xml(Element element) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(javax.xml.XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(javax.xml.XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            var transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(element), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            return "<unserialisable/>";
        }
    }
}
