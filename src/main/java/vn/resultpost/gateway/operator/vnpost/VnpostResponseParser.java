package vn.resultpost.gateway.operator.vnpost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.resultpost.gateway.canonical.OperatorStatusEvent;
import vn.resultpost.gateway.canonical.OrderOutcome;
import vn.resultpost.gateway.operator.vnpost.VnpostMessages.ErrorReply;
import vn.resultpost.gateway.operator.vnpost.VnpostMessages.OrderReply;
import vn.resultpost.gateway.operator.vnpost.VnpostMessages.StatusEvent;
import vn.resultpost.gateway.operator.vnpost.VnpostMessages.Tracking;
import vn.resultpost.gateway.support.InvalidMessageException;

/** Pure response parser: VNPost's HTTP answers and status events as canonical data. */
public final class VnpostResponseParser {

    static final String OPERATOR = "vnpost";
    static final String DUPLICATE = "DUPLICATE_REFERENCE";
    static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final ObjectMapper json;

    /** Uses a copy of {@code json} that ignores fields VNPost may add to its replies. */
    public VnpostResponseParser(ObjectMapper json) {
        this.json = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /** The outcome of a create-order call from its HTTP status and body. */
    public OrderOutcome createOutcome(int status, String body) {
        if (status >= 200 && status < 300) {
            OrderReply reply = read(body, OrderReply.class);
            if (reply == null || blank(reply.itemCode())) {
                return new OrderOutcome.Retryable("accepted without an itemCode: " + body);
            }
            return new OrderOutcome.Accepted(reply.itemCode(), reply.totalFee());
        }
        ErrorReply error = safeError(body);
        if (status == 409 && DUPLICATE.equals(error.errorCode())) {
            return new OrderOutcome.Duplicate(null);
        }
        if (status == 401 || status == 403) {
            return new OrderOutcome.Retryable("VNPost refused the gateway's credentials (HTTP " + status
                    + "): check gateway.operators.vnpost.username/password/customer-code");
        }
        if (status == 408 || status == 429 || status >= 500) {
            return new OrderOutcome.Retryable("HTTP " + status + " " + error.message());
        }
        return new OrderOutcome.Rejected(error.errorCode() == null ? "HTTP_" + status : error.errorCode(),
                error.message());
    }

    /** The operator's message in an error reply (its code when there is no message). */
    public String errorMessage(String body) {
        ErrorReply e = safeError(body);
        return e.message() != null && !e.message().isBlank() ? e.message() : String.valueOf(e.errorCode());
    }

    /** The waybill in an order-lookup reply, or null when there is none. */
    public String itemCode(String body) {
        OrderReply reply = read(body, OrderReply.class);
        return reply == null ? null : reply.itemCode();
    }

    /** A status event pushed to the webhook; refuses one that lacks the waybill, code or time. */
    public OperatorStatusEvent event(String body) {
        StatusEvent e;
        try {
            e = json.readValue(body, StatusEvent.class);
        } catch (JsonProcessingException ex) {
            throw new InvalidMessageException("Malformed VNPost status event: " + ex.getOriginalMessage(), ex);
        }
        return toCanonical(e);
    }

    /** The tracking history of a waybill, oldest first. */
    public List<OperatorStatusEvent> tracking(String body) {
        Tracking t = read(body, Tracking.class);
        return t == null || t.events() == null ? List.of() : t.events().stream().map(this::toCanonical).toList();
    }

    /** A token reply; the lifetime defaults to one hour when the operator does not say. */
    public VnpostMessages.TokenReply token(String body) {
        VnpostMessages.TokenReply reply = read(body, VnpostMessages.TokenReply.class);
        if (reply == null || blank(reply.token())) {
            throw new IllegalStateException("VNPost token reply without a token");
        }
        return new VnpostMessages.TokenReply(reply.token(), reply.expiresIn() == null ? 3600L : reply.expiresIn());
    }

    private OperatorStatusEvent toCanonical(StatusEvent e) {
        if (e == null || blank(e.itemCode()) || blank(e.statusCode()) || blank(e.eventTime())) {
            throw new InvalidMessageException("VNPost status event needs itemCode, statusCode and eventTime");
        }
        if (e.itemCode().length() > 64 || e.statusCode().length() > 16
                || (e.orderReference() != null && e.orderReference().length() > 64)
                || (e.statusName() != null && e.statusName().length() > 500)) {
            throw new InvalidMessageException("VNPost status event field too long (itemCode and orderReference ≤ 64, "
                    + "statusCode ≤ 16, statusName ≤ 500)");
        }
        return new OperatorStatusEvent(OPERATOR, e.itemCode().strip(), e.orderReference(), e.statusCode().strip(),
                e.statusName(), time(e.eventTime()));
    }

    /** ISO-8601 with an offset, ISO local time or yyyyMMddHHmmss (local times are Vietnam time). */
    static Instant time(String text) {
        String t = text.strip();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(t).toInstant(VIETNAM);
            } catch (DateTimeParseException notIso) {
                try {
                    return LocalDateTime.parse(t, COMPACT).toInstant(VIETNAM);
                } catch (DateTimeParseException e) {
                    throw new InvalidMessageException("eventTime '" + t + "' is not a date-time");
                }
            }
        }
    }

    private ErrorReply safeError(String body) {
        try {
            ErrorReply e = json.readValue(body, ErrorReply.class);
            return e == null ? new ErrorReply(null, "") : e;
        } catch (JsonProcessingException | IllegalArgumentException ex) {
            return new ErrorReply(null, body == null ? "" : body.substring(0, Math.min(200, body.length())));
        }
    }

    private <T> T read(String body, Class<T> type) {
        if (blank(body)) {
            return null;
        }
        try {
            return json.readValue(body, type);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Unreadable VNPost reply: " + ex.getOriginalMessage(), ex);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
