package vn.resultpost.gateway.operator.soap;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Source;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * JDK DOM helpers for the postal-operator contract ({@code urn:resultpost:postal-operator:v1}): building
 * elements with the {@code po} prefix, reading child elements, and XML text in and out (no DTDs, no
 * external entities).
 */
public final class SoapOperatorXml {

    /** The contract's namespace (wsdl/postal-operator-v1.wsdl and .xsd). */
    public static final String NS = "urn:resultpost:postal-operator:v1";
    /** The SOAP 1.1 envelope namespace (a Fault element is in it). */
    public static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String PREFIX = "po:";

    private SoapOperatorXml() {
    }

    /** A new, empty, namespace-aware document. */
    public static Document newDocument() {
        try {
            return factory().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A contract element {@code name} appended to {@code parent} (a document or an element). */
    public static Element element(Node parent, String name) {
        Document doc = parent instanceof Document d ? d : parent.getOwnerDocument();
        Element e = doc.createElementNS(NS, PREFIX + name);
        parent.appendChild(e);
        return e;
    }

    /** A contract element with text appended to {@code parent}; nothing when {@code value} is null. */
    public static void add(Element parent, String name, Object value) {
        if (value != null) {
            element(parent, name).setTextContent(String.valueOf(value));
        }
    }

    /** The first child element of {@code parent} with the local name {@code name} (read leniently), or null. */
    public static Element child(Element parent, String name) {
        for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    /** Every child element of {@code parent} with the local name {@code name}, in document order. */
    public static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    /** The trimmed text of the child {@code name}, or null when it is absent or blank. */
    public static String text(Element parent, String name) {
        Element e = child(parent, name);
        String t = e == null ? null : e.getTextContent().strip();
        return t == null || t.isEmpty() ? null : t;
    }

    /** Parses XML text to its root element; refuses DTDs. */
    public static Element parse(String xml) {
        try {
            return factory().newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("Not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** A node (or any source) as XML text, without an XML declaration and without added whitespace. */
    public static String xml(Node node) {
        return xml(new DOMSource(node));
    }

    /** A source as XML text, without an XML declaration and without added whitespace. */
    public static String xml(Source source) {
        try {
            TransformerFactory tf = TransformerFactory.newInstance();
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            var transformer = tf.newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            StringWriter out = new StringWriter();
            transformer.transform(source, new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("Cannot serialise XML: " + e.getMessage(), e);
        }
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f;
    }
}
