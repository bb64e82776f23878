package vn.resultpost.gateway.channel.jms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.ObjectMessage;
import jakarta.jms.StreamMessage;
import jakarta.jms.TextMessage;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import vn.resultpost.gateway.canonical.Violation;
import vn.resultpost.gateway.intake.IntakeProblem;

/**
 * Message Translator of the JMS channel: a JMS message to the JSON text intake reads (a TextMessage, or a
 * BytesMessage of UTF-8), or the problem that makes it unreadable. Never deserialises an ObjectMessage.
 */
public final class JmsResultTranslator {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final ObjectMapper json;
    private final long maxBytes;

    public JmsResultTranslator(ObjectMapper json, long maxBytes) {
        this.json = json;
        this.maxBytes = maxBytes;
    }

    /**
     * What a message says.
     *
     * @param json        the submission's JSON text, or null when unreadable
     * @param problem     why it is unreadable, or null
     * @param auditBody   the body as it is recorded in the audit log
     * @param agencyCode  the agency the body names (read leniently), or null
     * @param dossierCode the dossier the body names (read leniently), or null
     */
    public record Read(String json, IntakeProblem problem, String auditBody, String agencyCode, String dossierCode) {
    }

    public Read read(Message message) throws JMSException {
        if (message instanceof TextMessage text) {
            String body = text.getText();
            if (body != null && body.length() > maxBytes) {
                return unreadable("the message body is longer than " + maxBytes + " characters",
                        "[TextMessage of " + body.length() + " characters: over the limit, not recorded]");
            }
            return readable(body);
        }
        if (message instanceof BytesMessage bytes) {
            long length = bytes.getBodyLength();
            if (length > maxBytes) {
                return unreadable("the message body is larger than " + maxBytes + " bytes",
                        "[BytesMessage of " + length + " bytes: over the limit, not recorded]");
            }
            byte[] raw = new byte[(int) length];
            bytes.readBytes(raw);
            bytes.reset(); // read again from the start should the message be forwarded
            try {
                return readable(stripBom(StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(raw)).toString()));
            } catch (CharacterCodingException e) {
                return unreadable("the message body is not UTF-8 text", new String(raw, StandardCharsets.UTF_8));
            }
        }
        String type = typeOf(message);
        return unreadable("a " + type + " is not accepted: send the JSON as a TextMessage or a BytesMessage of UTF-8",
                "[" + type + ": body not read]");
    }

    private Read readable(String body) {
        if (body == null || body.isBlank()) {
            return new Read(null, IntakeProblem.invalid(List.of(new Violation("$", "the message body is empty"))),
                    body == null ? "" : body, null, null);
        }
        String agency = null;
        String dossier = null;
        try {
            JsonNode node = json.readTree(body);
            if (node != null && node.isObject()) {
                agency = text(node.get("agencyCode"));
                dossier = text(node.get("dossierCode"));
            }
        } catch (JsonProcessingException unreadable) {
            // intake names the error; the message is recorded as it came, without correlation
        }
        return new Read(body, null, body, agency, dossier);
    }

    private static Read unreadable(String why, String auditBody) {
        return new Read(null, IntakeProblem.invalid(List.of(new Violation("$", why))), auditBody, null, null);
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** A code as the body gives it, when it looks like one (letters, digits, dots, dashes, underscores). */
    private static String text(JsonNode value) {
        if (value == null || !value.isTextual()) {
            return null;
        }
        String v = value.textValue().strip();
        return CODE.matcher(v).matches() ? v : null;
    }

    static String typeOf(Message message) {
        if (message instanceof ObjectMessage) {
            return "ObjectMessage";
        }
        if (message instanceof MapMessage) {
            return "MapMessage";
        }
        if (message instanceof StreamMessage) {
            return "StreamMessage";
        }
        return message instanceof TextMessage ? "TextMessage" : message instanceof BytesMessage ? "BytesMessage"
                : "Message without a body";
    }
}
