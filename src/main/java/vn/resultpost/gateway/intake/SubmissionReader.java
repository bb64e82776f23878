package vn.resultpost.gateway.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.canonical.ResultSubmission;
import vn.resultpost.gateway.canonical.Violation;

/** Message Translator from the JSON of every inbound channel to the canonical {@link ResultSubmission}. */
@Component
public class SubmissionReader {

    private final ObjectMapper json;

    public SubmissionReader(ObjectMapper json) {
        this.json = json;
    }

    /** Parses the JSON; a malformed body or a value of the wrong type fails naming the field. */
    public ResultSubmission read(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidResultException(List.of(new Violation("$", "the request body is empty")));
        }
        try {
            ResultSubmission submission = json.readValue(body, ResultSubmission.class);
            if (submission == null) {
                throw new InvalidResultException(List.of(new Violation("$", "the request body is null")));
            }
            return submission;
        } catch (MismatchedInputException e) {
            throw new InvalidResultException(List.of(new Violation(path(e), typeMessage(e))));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new InvalidResultException(List.of(new Violation("$",
                    "malformed JSON" + where + ": " + e.getOriginalMessage())));
        }
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining());
        return path.isEmpty() ? "$" : path.substring(path.startsWith(".") ? 1 : 0);
    }

    private static String typeMessage(MismatchedInputException e) {
        String type = e.getTargetType() == null ? "value" : e.getTargetType().getSimpleName();
        if (e.getTargetType() != null && e.getTargetType().isEnum()) {
            return "must be one of " + java.util.Arrays.toString(e.getTargetType().getEnumConstants());
        }
        return switch (type) {
            case "LocalDate" -> "must be a date in the form yyyy-MM-dd";
            case "Long", "long", "Integer", "int" -> "must be a whole number";
            case "boolean", "Boolean" -> "must be true or false";
            default -> "has the wrong type (expected " + type + ")";
        };
    }
}
