package vn.resultpost.gateway.channel.batch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.Validator;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The schema errors of a parsed batch file (the first few), each placed at the element it concerns as
 * {@code result[3].applicant} (results counted from 1), for the report of a file refused whole.
 */
final class XmlSchemaErrors {

    static final int MAX = 5;
    private static final String CURRENT_NODE = "http://apache.org/xml/properties/dom/current-element-node";

    private final List<String> errors = new ArrayList<>();

    XmlSchemaErrors(Schema schema, Element root) {
        Validator validator = schema.newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                if (errors.size() < MAX) {
                    String message = String.valueOf(e.getMessage());
                    errors.add(path(currentNode(validator), root) + ": "
                            + (message.length() <= 300 ? message : message.substring(0, 299) + "…"));
                }
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        });
        try {
            validator.validate(new DOMSource(root));
        } catch (SAXException | IOException e) {
            if (errors.isEmpty()) {
                errors.add("$: " + e.getMessage());
            }
        }
    }

    List<String> list() {
        return errors;
    }

    private static Node currentNode(Validator validator) {
        try {
            return (Node) validator.getProperty(CURRENT_NODE);
        } catch (SAXException | RuntimeException e) {
            return null;
        }
    }

    static String path(Node node, Element root) {
        List<String> segments = new ArrayList<>();
        for (Node n = node; n instanceof Element e && n != root; n = n.getParentNode()) {
            String name = e.getLocalName();
            if (e.getParentNode() == root) {
                int index = 1;
                for (Node s = e.getPreviousSibling(); s != null; s = s.getPreviousSibling()) {
                    if (s instanceof Element) {
                        index++;
                    }
                }
                name = name + "[" + index + "]";
            }
            segments.add(0, name);
        }
        return segments.isEmpty() ? root.getLocalName() : String.join(".", segments);
    }
}
