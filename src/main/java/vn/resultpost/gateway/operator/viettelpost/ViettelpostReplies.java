package vn.resultpost.gateway.operator.viettelpost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.resultpost.gateway.operator.viettelpost.ViettelpostMessages.Reply;

/** Pure helpers of the response parser: Viettel's reply envelope read leniently, and what every call shares. */
final class ViettelpostReplies {

    private ViettelpostReplies() {
    }

    /** The envelope of a reply, or null when the body is empty or not one (an HTML error page). */
    static Reply read(ObjectMapper json, String body) {
        if (blank(body)) {
            return null;
        }
        try {
            return json.readValue(body, Reply.class);
        } catch (JsonProcessingException | IllegalArgumentException unreadable) {
            return null;
        }
    }

    /** Viettel's "OK": no error flag and status 200 (or none). */
    static boolean ok(Reply reply) {
        return !Boolean.TRUE.equals(reply.error())
                && (reply.status() == null || reply.status() == ViettelpostResponseParser.OK);
    }

    /** A reason to try again later, shared by every call: refused credentials or a transient failure; null if none. */
    static String retryReason(int http, Reply reply, String body) {
        if (http == 401 || http == 403
                || (reply != null && Integer.valueOf(ViettelpostResponseParser.TOKEN_REFUSED).equals(reply.status()))) {
            return "Viettel Post refused the gateway's credentials (HTTP " + http + ", " + message(reply, body)
                    + "): check gateway.operators.viettelpost.username/password";
        }
        if (http == 408 || http == 429 || http >= 500) {
            return "HTTP " + http + " " + message(reply, body);
        }
        if (reply != null && reply.status() != null && reply.status() >= 500) {
            return "Viettel Post status " + reply.status() + " " + message(reply, body);
        }
        return null;
    }

    /** Viettel's message, else the start of the body. */
    static String message(Reply reply, String body) {
        return reply != null && !blank(reply.message()) ? reply.message() : snippet(body);
    }

    static String snippet(String body) {
        return body == null ? "" : body.substring(0, Math.min(200, body.length()));
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
