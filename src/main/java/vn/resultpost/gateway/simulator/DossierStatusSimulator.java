package vn.resultpost.gateway.simulator;

import jakarta.xml.ws.Provider;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.ServiceMode;
import jakarta.xml.ws.WebServiceProvider;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Source;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMResult;
import javax.xml.transform.dom.DOMSource;
import org.apache.cxf.binding.soap.Soap11;
import org.apache.cxf.binding.soap.SoapFault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.canonical.StatusReport;

/**
 * SIMULATOR, not production code: the simulated dossier system's SOAP dossier-status service
 * (wsdl/dossier-status-v1.wsdl), a JAX-WS {@code Provider<Source>} in PAYLOAD mode published by
 * {@link DossierStatusSimulatorConfig} (which also checks the UsernameToken). It records every report in
 * arrival order per dossier (repeats included), answers RECEIVED, or DUPLICATE for a sequence number it
 * already had, and a SOAP fault while {@link SimulatorFaults} says the callbacks are down. It keeps the reports
 * and sequences of the last {@code simulator.retained-shipments} dossiers (0: all).
 */
@WebServiceProvider(serviceName = "DossierStatusService", portName = "DossierStatusPort",
        targetNamespace = DossierStatusSimulator.NS, wsdlLocation = DossierStatusSimulatorConfig.WSDL)
@ServiceMode(Service.Mode.PAYLOAD)
public class DossierStatusSimulator implements Provider<Source> {

    static final String NS = "urn:resultpost:dossier-status:v1";
    private static final Logger log = LoggerFactory.getLogger(DossierStatusSimulator.class);

    private final SimulatorFaults faults;
    private final RetainedRecords<String, List<StatusReport>> received;
    private final RetainedRecords<String, Set<Integer>> sequences;

    public DossierStatusSimulator(SimulatorFaults faults, SimulatorProperties props) {
        this.faults = faults;
        this.received = new RetainedRecords<>(props.retainedShipments());
        this.sequences = new RetainedRecords<>(props.retainedShipments());
    }

    @Override
    public Source invoke(Source request) {
        if (faults.callbacksDown()) {
            throw fault("unavailable", "Simulated outage: the dossier system is down");
        }
        Element payload = dom(request);
        if (!NS.equals(payload.getNamespaceURI()) || !"ReportStatus".equals(payload.getLocalName())) {
            throw fault("unknown-operation", "No operation " + payload.getLocalName());
        }
        StatusReport report = report(payload);
        String key = report.agencyCode() + "/" + report.dossierCode();
        received.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(report);
        boolean fresh = sequences.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(report.sequence());
        log.info("[dossier-system SOAP] {} #{} {} (TrangThaiHoSo {}) waybill {}{}", report.dossierCode(),
                report.sequence(), report.status(), report.dossierStatusCode(), report.waybill(),
                fresh ? "" : " — duplicate");
        Document doc = newDocument();
        Element answer = doc.createElementNS(NS, "ds:ReportStatusResponse");
        doc.appendChild(answer);
        Element ack = doc.createElementNS(NS, "ds:acknowledgement");
        ack.setTextContent(fresh ? "RECEIVED" : "DUPLICATE");
        answer.appendChild(ack);
        return new DOMSource(doc);
    }

    /** The reports received for one dossier, in arrival order (repeats included). */
    public List<StatusReport> reports(String agencyCode, String dossierCode) {
        return List.copyOf(received.getOrDefault(agencyCode + "/" + dossierCode, List.of()));
    }

    private static StatusReport report(Element e) {
        String dueDate = text(e, "dueDate");
        return new StatusReport(text(e, "agencyCode"), text(e, "dossierCode"), text(e, "shipmentId"),
                Integer.parseInt(text(e, "sequence")), ShipmentStatus.valueOf(text(e, "status")),
                text(e, "dossierStatusCode"), text(e, "operator"), text(e, "waybill"), text(e, "operatorStatusCode"),
                text(e, "description"), Integer.parseInt(text(e, "failedAttempts")), Instant.parse(text(e, "occurredAt")),
                dueDate == null ? null : LocalDate.parse(dueDate));
    }

    private static String text(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child && name.equals(child.getLocalName())) {
                return child.getTextContent();
            }
        }
        return null;
    }

    private static SoapFault fault(String code, String message) {
        SoapFault fault = new SoapFault(message, Soap11.getInstance().getReceiver());
        Element detail = fault.getOrCreateDetail();
        Document doc = detail.getOwnerDocument();
        Element body = doc.createElementNS(NS, "ds:DossierStatusFault");
        Element c = doc.createElementNS(NS, "ds:code");
        c.setTextContent(code);
        Element m = doc.createElementNS(NS, "ds:message");
        m.setTextContent(message);
        body.appendChild(c);
        body.appendChild(m);
        detail.appendChild(body);
        return fault;
    }

    private static Element dom(Source source) {
        try {
            DOMResult result = new DOMResult();
            TransformerFactory.newInstance().newTransformer().transform(source, result);
            Node node = result.getNode();
            return node instanceof Document d ? d.getDocumentElement() : (Element) node.getFirstChild();
        } catch (TransformerException e) {
            throw fault("invalid-request", "Unreadable request: " + e.getMessage());
        }
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
}
