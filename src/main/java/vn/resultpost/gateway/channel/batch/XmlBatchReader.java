package vn.resultpost.gateway.channel.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Message Translator of the batch channel for XML: a {@code resultBatch} of the contract
 * {@code xsd/result-batch-v1.xsd}, each {@code result} element to the submission's JSON. Parsed with DOCTYPEs
 * refused (no external entities, no entity expansion: XXE and billion laughs cannot happen) and validated
 * against the schema before any row is used; a file that fails either is refused whole, without quoting it.
 */
public final class XmlBatchReader {

    static final String NS = "urn:resultpost:gateway:batch:v1";
    private static final Schema SCHEMA = schema();

    private final BatchFields fields;
    private final int maxRows;

    public XmlBatchReader(ObjectMapper json, int maxRows) {
        this.fields = new BatchFields(json);
        this.maxRows = maxRows;
    }

    public List<BatchRow> read(byte[] bytes) {
        Element root = parse(bytes).getDocumentElement();
        List<Element> results = children(root);
        if (results.size() > maxRows) {
            throw new BatchFileException("the file has more than " + maxRows
                    + " results (gateway.channels.batch.max-rows): split it");
        }
        XmlSchemaErrors errors = new XmlSchemaErrors(SCHEMA, root);
        if (!errors.list().isEmpty()) {
            throw new BatchFileException("the XML does not match the schema xsd/result-batch-v1.xsd: "
                    + String.join("; ", errors.list()));
        }
        List<BatchRow> rows = new ArrayList<>();
        for (Element result : results) {
            ObjectNode json = object(result);
            rows.add(new BatchRow(rows.size() + 1, fields.write(json), BatchFields.code(json.path("agencyCode")),
                    BatchFields.code(json.path("dossierCode")), null));
        }
        return rows;
    }

    private ObjectNode object(Element element) {
        ObjectNode object = fields.object();
        for (Element child : children(element)) {
            String name = child.getLocalName();
            if ("documents".equals(name)) {
                ArrayNode array = object.putArray(name);
                children(child).forEach(d -> array.add(object(d)));
            } else if ("papersToTakeBack".equals(name)) {
                ArrayNode array = object.putArray(name);
                children(child).forEach(p -> array.add(p.getTextContent().strip()));
            } else if (!children(child).isEmpty()) {
                object.set(name, object(child));
            } else if (!child.getTextContent().isBlank()) {
                object.set(name, fields.value(name, child.getTextContent()));
            }
        }
        return object;
    }

    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                children.add(e);
            }
        }
        return children;
    }

    static Document parse(byte[] bytes) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            throw new BatchFileException(message.contains("DOCTYPE")
                    ? "the XML has a DOCTYPE: DOCTYPEs (and so entities) are not allowed"
                    : "the file is not well-formed XML" + where(e));
        } catch (IOException | ParserConfigurationException e) {
            throw new BatchFileException("the file is not readable XML");
        }
    }

    private static String where(SAXException e) {
        return e instanceof org.xml.sax.SAXParseException p && p.getLineNumber() > 0
                ? " (line " + p.getLineNumber() + ", column " + p.getColumnNumber() + ")" : "";
    }

    private static Schema schema() {
        try (InputStream in = XmlBatchReader.class.getResourceAsStream("/xsd/result-batch-v1.xsd")) {
            if (in == null) {
                throw new IllegalStateException("No xsd/result-batch-v1.xsd on the class path");
            }
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(new StreamSource(in));
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("Cannot read xsd/result-batch-v1.xsd", e);
        }
    }
}
