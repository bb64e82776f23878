package vn.resultpost.gateway.channel.soap;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import vn.resultpost.gateway.canonical.Violation;

/**
 * Names the fields of a request that CXF's schema validation refused: validates the request element
 * again against the contract's schema (only after CXF refused it) and reports each error at the path of
 * the element it concerns, in intake's notation ({@code applicant.phone}, {@code documents[0].copies}).
 */
final class SchemaViolations {

    private static final String XSD = XMLConstants.W3C_XML_SCHEMA_NS_URI;
    private static final String CURRENT_NODE = "http://apache.org/xml/properties/dom/current-element-node";

    private final Schema schema;

    SchemaViolations(String wsdlResource) {
        try (InputStream in = SchemaViolations.class.getResourceAsStream(wsdlResource)) {
            if (in == null) {
                throw new IllegalStateException("No " + wsdlResource);
            }
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document wsdl = dbf.newDocumentBuilder().parse(in);
            NodeList schemas = wsdl.getElementsByTagNameNS(XSD, "schema");
            SchemaFactory factory = SchemaFactory.newInstance(XSD);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            this.schema = factory.newSchema(new DOMSource(schemas.item(0)));
        } catch (IOException | SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("Cannot read the schema of " + wsdlResource, e);
        }
    }

    /** Every schema error of the request element, one per field (the most specific message kept). */
    List<Violation> of(Element request) {
        Validator validator = schema.newValidator();
        Map<String, String> found = new LinkedHashMap<>();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                found.put(path(currentNode(validator), request), e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        });
        try {
            validator.validate(new DOMSource(request));
        } catch (SAXException | IOException e) {
            found.putIfAbsent("$", e.getMessage());
        }
        List<Violation> violations = new ArrayList<>();
        found.forEach((field, message) -> violations.add(new Violation(field, message)));
        return violations;
    }

    private static Node currentNode(Validator validator) {
        try {
            return (Node) validator.getProperty(CURRENT_NODE);
        } catch (SAXException | RuntimeException e) {
            return null;
        }
    }

    /** The JSON-style path of an element below the request element. */
    static String path(Node node, Element request) {
        if (node == null || node == request) {
            return "$";
        }
        List<String> segments = new ArrayList<>();
        for (Node n = node; n != null && n != request && n instanceof Element e; n = n.getParentNode()) {
            String name = e.getLocalName();
            if ("document".equals(name) && e.getParentNode() instanceof Element parent
                    && "documents".equals(parent.getLocalName())) {
                int index = 0;
                for (Node s = e.getPreviousSibling(); s != null; s = s.getPreviousSibling()) {
                    if (s instanceof Element) {
                        index++;
                    }
                }
                segments.add(0, "documents[" + index + "]");
                n = parent;
                continue;
            }
            segments.add(0, name);
        }
        return segments.isEmpty() ? "$" : String.join(".", segments);
    }
}
