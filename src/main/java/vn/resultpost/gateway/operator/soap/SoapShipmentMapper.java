package vn.resultpost.gateway.operator.soap;

import static vn.resultpost.gateway.operator.soap.SoapOperatorXml.add;
import static vn.resultpost.gateway.operator.soap.SoapOperatorXml.element;

import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.resultpost.gateway.canonical.Address;
import vn.resultpost.gateway.canonical.OrderRef;
import vn.resultpost.gateway.canonical.ResultDocument;
import vn.resultpost.gateway.canonical.ResultSubmission;
import vn.resultpost.gateway.canonical.SenderAgency;
import vn.resultpost.gateway.canonical.ShipmentOrder;

/**
 * Pure request mapper: a canonical {@link ShipmentOrder} (and cancel and tracking requests) as the payload
 * XML of the postal-operator contract, serialised deterministically (same order, same bytes).
 */
public final class SoapShipmentMapper {

    static final int ENVELOPE_GRAMS = 50;
    static final int GRAMS_PER_DOCUMENT_COPY = 20;

    private final Map<String, String> serviceCodes;

    public SoapShipmentMapper(Map<String, String> serviceCodes) {
        this.serviceCodes = Map.copyOf(serviceCodes);
    }

    /** The {@code CreateShipment} payload; the order's reference is the operator-side reference. */
    public String createShipment(ShipmentOrder order) {
        ResultSubmission r = order.result();
        SenderAgency s = order.sender();
        String service = serviceCodes.get(r.serviceLevel().name());
        if (service == null) {
            throw new IllegalStateException("No generic-soap service code for " + r.serviceLevel()
                    + " (gateway.operators.generic-soap.service-codes)");
        }
        Document doc = SoapOperatorXml.newDocument();
        Element root = element(doc, "CreateShipment");
        add(root, "reference", order.reference());
        add(root, "serviceCode", service);
        party(element(root, "sender"), s.code(), s.name(), s.phone(), s.address());
        party(element(root, "receiver"), null, r.applicant().fullName(), r.applicant().phone(), r.address());
        add(root, "codAmount", r.codAmount() == null ? 0L : r.codAmount());
        add(root, "weightGrams", r.weightGrams() != null ? r.weightGrams() : weight(r.documents()));
        Element documents = element(root, "documents");
        for (ResultDocument d : r.documents()) {
            Element document = element(documents, "document");
            add(document, "title", d.title());
            add(document, "copies", copies(d));
            add(document, "original", d.original());
        }
        add(root, "note", "Kết quả TTHC " + r.procedureCode() + ", hồ sơ " + r.dossierCode());
        return SoapOperatorXml.xml(root);
    }

    /** The {@code CancelShipment} payload of a waybill. */
    public String cancelShipment(String waybill, String reason) {
        Document doc = SoapOperatorXml.newDocument();
        Element root = element(doc, "CancelShipment");
        add(root, "waybill", waybill);
        add(root, "reason", reason);
        return SoapOperatorXml.xml(root);
    }

    /** The {@code GetTracking} payload: by waybill when the order has one, else by reference. */
    public String getTracking(OrderRef order) {
        Document doc = SoapOperatorXml.newDocument();
        Element root = element(doc, "GetTracking");
        if (order.waybill() != null && !order.waybill().isBlank()) {
            add(root, "waybill", order.waybill());
        } else {
            add(root, "reference", order.reference());
        }
        return SoapOperatorXml.xml(root);
    }

    private static void party(Element party, String code, String name, String phone, Address address) {
        add(party, "code", code);
        add(party, "name", name);
        add(party, "phone", phone);
        Element a = element(party, "address");
        add(a, "provinceCode", address.provinceCode());
        add(a, "wardCode", address.wardCode());
        add(a, "streetLine", address.streetLine());
    }

    /** A default weight when the agency declared none: an envelope and 20 g per copy. */
    static int weight(List<ResultDocument> documents) {
        return ENVELOPE_GRAMS + documents.stream().mapToInt(d -> copies(d) * GRAMS_PER_DOCUMENT_COPY).sum();
    }

    private static int copies(ResultDocument d) {
        return d.copies() == null ? 1 : d.copies();
    }
}
