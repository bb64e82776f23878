package vn.resultpost.gateway.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.ResponseEntity;
import vn.resultpost.gateway.operator.viettelpost.ViettelpostMessages.Reply;

/** SIMULATOR: the Viettel Post simulator's envelope wrapper: every answer as Viettel's {@code Reply} envelope. */
final class ViettelpostReplies {

    private final ObjectMapper json;

    ViettelpostReplies(ObjectMapper json) {
        this.json = json;
    }

    /** HTTP 200, status 200, with {@code data} as the envelope's data. */
    ResponseEntity<Reply> ok(Object data) {
        return ResponseEntity.ok(new Reply(200, false, "OK", json.valueToTree(data)));
    }

    /** HTTP 200, status 200, no data. */
    static ResponseEntity<Reply> done() {
        return ResponseEntity.ok(new Reply(200, false, "OK", null));
    }

    /** Viettel answers a refusal with HTTP 200 and its own status in the envelope. */
    static ResponseEntity<Reply> refused(int status, String message) {
        return ResponseEntity.ok(new Reply(status, true, message, null));
    }

    /** HTTP 401: no token, an unknown one or an expired one. */
    static ResponseEntity<Reply> tokenRefused() {
        return ResponseEntity.status(401).body(new Reply(401, true,
                "Token không hợp lệ hoặc đã hết hạn / token invalid or expired", null));
    }

    /** HTTP 503: a simulated outage (nothing done). */
    static ResponseEntity<Reply> outage() {
        return ResponseEntity.status(503).body(new Reply(503, true, "simulated outage", null));
    }
}
