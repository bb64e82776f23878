package vn.resultpost.gateway.channel.soap;

import java.io.StringWriter;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** DOM helpers of the SOAP channel: elements in the contract's namespace, a child's text, an element as text. */
final class SoapXml {

    static final String NS = "urn:resultpost:gateway:results:v1";

    private SoapXml() {
    }

    static Element element(Document doc, Node parent, String name) {
        Element e = doc.createElementNS(NS, name);
        parent.appendChild(e);
        return e;
    }

    static void add(Element parent, String name, String value) {
        element(parent.getOwnerDocument(), parent, name).setTextContent(value);
    }

    /** The stripped text of the first child element of that local name; null when absent or blank. */
    static String child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                String text = e.getTextContent();
                return text == null || text.isBlank() ? null : text.strip();
            }
        }
        return null;
    }

    static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    static String xml(Element element) {
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
