package vn.resultpost.gateway.operator.soap;

import static vn.resultpost.gateway.operator.soap.SoapOperatorXml.text;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.w3c.dom.Element;

/** Pure: a contract reply read strictly (its root or Fault, result code, fee, event times), any flaw an Unreadable. */
final class SoapReplyReader {

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private SoapReplyReader() {
    }

    /** The reply's root element, which must be {@code expected} in the contract's namespace (or a Fault). */
    static Element reply(String xml, String expected) {
        if (xml == null || xml.isBlank()) {
            throw new Unreadable("empty reply");
        }
        Element root;
        try {
            root = SoapOperatorXml.parse(xml);
        } catch (IllegalArgumentException e) {
            throw new Unreadable("unreadable reply: " + e.getMessage());
        }
        if ("Fault".equals(root.getLocalName()) && SoapOperatorXml.SOAP_NS.equals(root.getNamespaceURI())) {
            throw new Unreadable(SoapFaultReason.of(root));
        }
        if (!expected.equals(root.getLocalName()) || !SoapOperatorXml.NS.equals(root.getNamespaceURI())) {
            throw new Unreadable("expected " + expected + " but got {" + root.getNamespaceURI() + "}"
                    + root.getLocalName());
        }
        return root;
    }

    static String result(Element root) {
        String result = text(root, "result");
        if (result == null) {
            throw new Unreadable("reply without a result");
        }
        return result;
    }

    static Long amount(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            throw new Unreadable("fee '" + text + "' is not a whole amount");
        }
    }

    /** xs:dateTime with an offset; without one it is Vietnam time. */
    static Instant time(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(VIETNAM);
            } catch (DateTimeParseException e) {
                throw new Unreadable("event time '" + text + "' is not an xs:dateTime");
            }
        }
    }

    /** Why a reply cannot be used (internal: every public method of the parser turns it into a Retryable). */
    static final class Unreadable extends RuntimeException {

        Unreadable(String message) {
            super(message, null, false, false);
        }
    }
}
