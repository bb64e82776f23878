package vn.resultpost.gateway.channel.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.resultpost.gateway.canonical.Violation;

/**
 * The fields of a batch row as paths of the REST submission ({@code applicant.phone}), and their values as JSON:
 * whole numbers and true/false become JSON numbers and booleans (anything else stays text, for intake to name
 * the field); {@code documents} is "title|copies|original" items separated by ";" and {@code papersToTakeBack}
 * texts separated by ";" ({@code \;}, {@code \|} and {@code \\} stand for the characters themselves).
 */
final class BatchFields {

    static final List<String> COLUMNS = List.of("agencyCode", "dossierCode", "procedureCode", "applicant.fullName",
            "applicant.idNumber", "applicant.phone", "applicant.email", "address.provinceCode", "address.wardCode",
            "address.streetLine", "address.legacyWardCode", "address.provinceName", "address.districtName",
            "address.wardName", "documents", "codAmount", "serviceLevel", "appointmentDate", "weightGrams",
            "appointmentSlip", "sameDayProcedure", "papersToTakeBack");
    static final Set<String> REQUIRED_COLUMNS = Set.of("agencyCode", "dossierCode", "applicant.fullName",
            "applicant.idNumber", "applicant.phone", "address.streetLine", "documents");
    private static final Set<String> NUMBERS = Set.of("codAmount", "weightGrams", "copies");
    private static final Set<String> BOOLEANS = Set.of("appointmentSlip", "sameDayProcedure", "original");
    private static final Pattern WHOLE = Pattern.compile("[0-9]{1,18}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final ObjectMapper json;

    BatchFields(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode object() {
        return json.createObjectNode();
    }

    /** Sets the field at {@code path} ("a" or "a.b") from its text; a blank value leaves the field out. */
    void put(ObjectNode result, String path, String raw) {
        if (raw == null || raw.isBlank()) {
            return;
        }
        int dot = path.indexOf('.');
        if (dot > 0) {
            ObjectNode parent = result.has(path.substring(0, dot)) ? (ObjectNode) result.get(path.substring(0, dot))
                    : result.putObject(path.substring(0, dot));
            parent.set(path.substring(dot + 1), value(path.substring(dot + 1), raw));
        } else if ("documents".equals(path)) {
            result.set(path, documents(raw));
        } else if ("papersToTakeBack".equals(path)) {
            ArrayNode papers = result.putArray(path);
            split(raw, ';', false).forEach(p -> papers.add(p.strip()));
        } else {
            result.set(path, value(path, raw));
        }
    }

    /** "title|copies|original;…": copies and original may be left out (1 copy, not an original). */
    ArrayNode documents(String raw) {
        ArrayNode array = json.createArrayNode();
        List<String> items = split(raw, ';', true);
        for (int i = 0; i < items.size(); i++) {
            List<String> parts = split(items.get(i), '|', false);
            if (parts.size() > 3) {
                throw new RowException(new Violation("documents[" + i + "]", "has " + parts.size()
                        + " parts: write title|copies|original (\\| for a | inside a title)"));
            }
            ObjectNode document = array.addObject();
            document.put("title", parts.get(0).strip());
            if (parts.size() > 1 && !parts.get(1).isBlank()) {
                document.set("copies", value("copies", parts.get(1)));
            }
            if (parts.size() > 2 && !parts.get(2).isBlank()) {
                document.set("original", value("original", parts.get(2)));
            }
        }
        return array;
    }

    JsonNode value(String name, String raw) {
        String t = raw.strip();
        if (NUMBERS.contains(name) && WHOLE.matcher(t).matches()) {
            return json.getNodeFactory().numberNode(Long.parseLong(t));
        }
        if (BOOLEANS.contains(name) && (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false"))) {
            return json.getNodeFactory().booleanNode(t.equalsIgnoreCase("true"));
        }
        return json.getNodeFactory().textNode(t);
    }

    String write(ObjectNode result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a batch row", e);
        }
    }

    /**
     * Splits on {@code separator}; a backslash takes the next character as it is (kept escaped when
     * {@code keepEscapes}, for a second split). Blank items are dropped.
     */
    static List<String> split(String raw, char separator, boolean keepEscapes) {
        List<String> items = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                if (keepEscapes) {
                    current.append(c);
                }
                current.append(raw.charAt(++i));
            } else if (c == separator) {
                items.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        items.add(current.toString());
        List<String> kept = items.stream().filter(s -> !s.isBlank()).toList();
        return kept.isEmpty() ? List.of("") : kept;
    }

    /** A row whose cell cannot be turned into the submission's JSON at all: the row is rejected naming the field. */
    static final class RowException extends RuntimeException {

        final transient Violation violation;

        RowException(Violation violation) {
            super(violation.field() + ": " + violation.message());
            this.violation = violation;
        }
    }

    /** A code as the row gives it, when it looks like one (letters, digits, dots, dashes, underscores). */
    static String code(JsonNode value) {
        if (value == null || !value.isTextual()) {
            return null;
        }
        String v = value.textValue().strip();
        return CODE.matcher(v).matches() ? v : null;
    }
}
