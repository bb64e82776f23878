package vn.resultpost.gateway.channel.soap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Message Translator from a SOAP request element to the JSON of the REST channel, so both channels
 * share one intake: child elements become fields, {@code documents/document} an array, and the
 * contract's numbers and booleans their JSON types.
 */
final class SoapRequestTranslator {

    private static final Set<String> NUMBERS = Set.of("codAmount", "weightGrams", "copies");
    private static final Set<String> BOOLEANS = Set.of("original", "appointmentSlip", "sameDayProcedure");

    private final ObjectMapper json;

    SoapRequestTranslator(ObjectMapper json) {
        this.json = json;
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
}
