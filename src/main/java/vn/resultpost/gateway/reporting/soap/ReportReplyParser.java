package vn.resultpost.gateway.reporting.soap;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads the dossier-status service's answer to {@code ReportStatus}: the acknowledgement of a reply
 * payload, or the code and message of a SOAP fault (its {@code DossierStatusFault} detail when present).
 * Pure: no I/O; a DTD in an answer is refused.
 */
public final class ReportReplyParser {

    private static final String NS = StatusReportSoapMapper.NS;

    private ReportReplyParser() {
    }

    /** The acknowledgement in a reply payload ({@code ds:ReportStatusResponse}). */
    public static ReportReply reply(String payload) {
        Element root;
        try {
            root = parse(payload);
        } catch (IllegalArgumentException e) {
            return ReportReply.refused("The answer is not XML: " + e.getMessage());
        }
        if (!NS.equals(root.getNamespaceURI()) || !"ReportStatusResponse".equals(root.getLocalName())) {
            return ReportReply.refused("Unexpected answer {" + root.getNamespaceURI() + "}" + root.getLocalName());
        }
        String ack = child(root, "acknowledgement");
        String message = child(root, "message");
        if ("RECEIVED".equals(ack)) {
            return new ReportReply(ReportReply.Outcome.RECEIVED, message);
        }
        if ("DUPLICATE".equals(ack)) {
            return new ReportReply(ReportReply.Outcome.DUPLICATE, message);
        }
        return ReportReply.refused("Unexpected acknowledgement '" + ack + "'" + (message == null ? "" : ": " + message));
    }

    /**
     * A SOAP fault as a refusal: the detail's {@code DossierStatusFault} code and message when there is one,
     * else the fault code and string.
     */
    public static ReportReply fault(String faultCode, String faultString, Element detail) {
        Element gatewayFault = detail == null ? null : find(detail, "DossierStatusFault");
        if (gatewayFault != null) {
            return ReportReply.refused("SOAP fault " + child(gatewayFault, "code") + ": " + child(gatewayFault, "message"));
        }
        return ReportReply.refused("SOAP fault " + faultCode + ": " + faultString);
    }

    static Element parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml == null ? "" : xml)))
                    .getDocumentElement();
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static Element find(Element element, String localName) {
        if (NS.equals(element.getNamespaceURI()) && localName.equals(element.getLocalName())) {
            return element;
        }
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            Element found = n instanceof Element e ? find(e, localName) : null;
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NS.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                return e.getTextContent().strip();
            }
        }
        return null;
    }
}
