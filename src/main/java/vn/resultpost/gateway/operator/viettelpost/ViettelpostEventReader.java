package vn.resultpost.gateway.operator.viettelpost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.resultpost.gateway.canonical.OperatorStatusEvent;
import vn.resultpost.gateway.operator.viettelpost.ViettelpostMessages.StatusData;
import vn.resultpost.gateway.operator.viettelpost.ViettelpostMessages.Webhook;
import vn.resultpost.gateway.support.InvalidMessageException;

/**
 * Pure reader of Viettel Post's status events, pushed ({@code {"DATA":{...},"TOKEN":...}}) or listed by
 * tracking, as canonical events; refuses an event without waybill, status or date, or with overlong fields.
 */
public final class ViettelpostEventReader {

    static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    static final DateTimeFormatter STATUS_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final int MAX_STATUS = 999_999;

    private final ObjectMapper json;

    /** {@code json} must ignore unknown fields (Viettel sends more than the gateway reads). */
    ViettelpostEventReader(ObjectMapper json) {
        this.json = json;
    }

    /** The TOKEN of a webhook body, read leniently: null when absent, not text, or the body is unreadable. */
    public String token(String body) {
        try {
            JsonNode root = body == null ? null : json.readTree(body);
            JsonNode token = root == null ? null : root.get("TOKEN");
            return token != null && token.isTextual() ? token.asText() : null;
        } catch (JsonProcessingException | RuntimeException unreadable) {
            return null;
        }
    }

    /** The event of a webhook body. */
    public OperatorStatusEvent webhook(String body) {
        Webhook w;
        try {
            w = json.readValue(body, Webhook.class);
        } catch (JsonProcessingException | IllegalArgumentException ex) {
            throw new InvalidMessageException("Malformed Viettel Post webhook: " + ex.getMessage(), ex);
        }
        if (w == null || w.data() == null) {
            throw new InvalidMessageException("A Viettel Post webhook carries its event in DATA");
        }
        return canonical(w.data());
    }

    /** A tracking list (an array of events), oldest first; empty when there is none. */
    public List<OperatorStatusEvent> list(JsonNode data) {
        if (data == null || data.isNull() || data.isMissingNode()) {
            return List.of();
        }
        if (!data.isArray()) {
            throw new InvalidMessageException("Viettel Post tracking data is not a list");
        }
        List<OperatorStatusEvent> events = new ArrayList<>();
        for (JsonNode item : data) {
            try {
                events.add(canonical(json.treeToValue(item, StatusData.class)));
            } catch (JsonProcessingException | IllegalArgumentException ex) {
                throw new InvalidMessageException("Malformed Viettel Post tracking event: " + ex.getMessage(), ex);
            }
        }
        events.sort(Comparator.comparing(OperatorStatusEvent::occurredAt));
        return List.copyOf(events);
    }

    private OperatorStatusEvent canonical(StatusData d) {
        if (d == null || blank(d.orderNumber()) || d.orderStatus() == null || blank(d.orderStatusdate())) {
            throw new InvalidMessageException("A Viettel Post event needs ORDER_NUMBER, ORDER_STATUS and ORDER_STATUSDATE");
        }
        if (d.orderStatus() < 0 || d.orderStatus() > MAX_STATUS) {
            throw new InvalidMessageException("ORDER_STATUS " + d.orderStatus() + " is not a Viettel Post status code");
        }
        if (longer(d.orderNumber(), 64) || longer(d.orderReference(), 64) || longer(d.orderStatusdate(), 32)
                || longer(d.statusName(), 500) || longer(d.localionCurrently(), 500) || longer(d.note(), 1000)) {
            throw new InvalidMessageException("Viettel Post event field too long (ORDER_NUMBER and ORDER_REFERENCE "
                    + "≤ 64, ORDER_STATUSDATE ≤ 32, STATUS_NAME and LOCALION_CURRENTLY ≤ 500, NOTE ≤ 1000)");
        }
        String reference = blank(d.orderReference()) ? null : d.orderReference().strip();
        return new OperatorStatusEvent(ViettelpostResponseParser.OPERATOR, d.orderNumber().strip(), reference,
                String.valueOf(d.orderStatus()), d.statusName(), time(d.orderStatusdate()));
    }

    /** ORDER_STATUSDATE, "dd/MM/yyyy HH:mm:ss" in Vietnam time. */
    static Instant time(String text) {
        try {
            return LocalDateTime.parse(text.strip(), STATUS_DATE).toInstant(VIETNAM);
        } catch (DateTimeParseException e) {
            throw new InvalidMessageException("ORDER_STATUSDATE '" + text.strip() + "' is not dd/MM/yyyy HH:mm:ss");
        }
    }

    private static boolean longer(String s, int max) {
        return s != null && s.length() > max;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
