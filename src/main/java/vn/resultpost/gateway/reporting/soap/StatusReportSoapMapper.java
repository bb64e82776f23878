package vn.resultpost.gateway.reporting.soap;

import java.io.StringWriter;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import vn.resultpost.gateway.canonical.StatusReport;

/**
 * Message Translator from a status report to the payload of the dossier-status service's
 * {@code ReportStatus} request (contract: src/main/resources/wsdl/dossier-status-v1.wsdl), every field of
 * the report in the contract's order; optional fields without a value are left out. Pure: no I/O.
 */
public final class StatusReportSoapMapper {

    public static final String NS = "urn:resultpost:dossier-status:v1";
    public static final QName REQUEST = new QName(NS, "ReportStatus");
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private StatusReportSoapMapper() {
    }

    /** The {@code ds:ReportStatus} element as XML text (no declaration), the SOAP body's only child. */
    public static String toPayload(StatusReport r) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = OUTPUT.createXMLStreamWriter(out);
            w.setPrefix("ds", NS);
            w.writeStartElement("ds", REQUEST.getLocalPart(), NS);
            w.writeNamespace("ds", NS);
            add(w, "agencyCode", r.agencyCode());
            add(w, "dossierCode", r.dossierCode());
            add(w, "shipmentId", r.shipmentId());
            add(w, "sequence", String.valueOf(r.sequence()));
            add(w, "status", r.status() == null ? null : r.status().name());
            add(w, "dossierStatusCode", r.dossierStatusCode());
            add(w, "operator", r.operator());
            add(w, "waybill", r.waybill());
            add(w, "operatorStatusCode", r.operatorStatusCode());
            add(w, "description", r.description());
            add(w, "failedAttempts", String.valueOf(r.failedAttempts()));
            add(w, "occurredAt", r.occurredAt() == null ? null : r.occurredAt().toString());
            add(w, "dueDate", r.dueDate() == null ? null : r.dueDate().toString());
            w.writeEndElement();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write a ReportStatus payload", e);
        }
        return out.toString();
    }

    private static void add(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        w.writeStartElement("ds", name, NS);
        w.writeCharacters(value);
        w.writeEndElement();
    }
}
