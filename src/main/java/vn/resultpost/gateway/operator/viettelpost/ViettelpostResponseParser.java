package vn.resultpost.gateway.operator.viettelpost;

import static vn.resultpost.gateway.operator.viettelpost.ViettelpostReplies.blank;
import static vn.resultpost.gateway.operator.viettelpost.ViettelpostReplies.message;
import static vn.resultpost.gateway.operator.viettelpost.ViettelpostReplies.ok;
import static vn.resultpost.gateway.operator.viettelpost.ViettelpostReplies.read;
import static vn.resultpost.gateway.operator.viettelpost.ViettelpostReplies.retryReason;
import static vn.resultpost.gateway.operator.viettelpost.ViettelpostReplies.snippet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import vn.resultpost.gateway.canonical.CancelOutcome;
import vn.resultpost.gateway.canonical.OrderOutcome;
import vn.resultpost.gateway.canonical.TrackOutcome;
import vn.resultpost.gateway.operator.TokenCache;
import vn.resultpost.gateway.operator.viettelpost.ViettelpostMessages.LoginData;
import vn.resultpost.gateway.operator.viettelpost.ViettelpostMessages.OrderData;
import vn.resultpost.gateway.operator.viettelpost.ViettelpostMessages.OrderInfo;
import vn.resultpost.gateway.operator.viettelpost.ViettelpostMessages.Reply;

/**
 * Pure response parser: Viettel Post's HTTP replies, an envelope with Viettel's own status (200 OK,
 * 205 duplicate ORDER_NUMBER, 401 token refused, 5xx its own failure, others a refusal), as canonical outcomes.
 */
public final class ViettelpostResponseParser {

    static final String OPERATOR = "viettelpost";
    static final int OK = 200;
    static final int DUPLICATE = 205;
    static final int TOKEN_REFUSED = 401;
    static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofHours(1);

    private final ObjectMapper json;
    private final ViettelpostEventReader events;

    /** Uses a copy of {@code json} that ignores fields Viettel may add to its replies. */
    public ViettelpostResponseParser(ObjectMapper json) {
        this.json = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.events = new ViettelpostEventReader(this.json);
    }

    /** The reader of status events (webhooks and tracking lists). */
    public ViettelpostEventReader events() {
        return events;
    }

    /** Whether a call was refused for its token: HTTP 401, or an envelope with Viettel status 401. */
    public boolean tokenRefused(int http, String body) {
        Reply reply = read(json, body);
        return http == 401 || (reply != null && Integer.valueOf(TOKEN_REFUSED).equals(reply.status()));
    }

    /** The outcome of a createOrder call. */
    public OrderOutcome createOutcome(int http, String body) {
        Reply reply = read(json, body);
        String retry = retryReason(http, reply, body);
        if (retry != null) {
            return new OrderOutcome.Retryable(retry);
        }
        if (http < 200 || http >= 300) {
            return new OrderOutcome.Rejected("HTTP_" + http, message(reply, body));
        }
        if (reply == null) {
            return new OrderOutcome.Retryable("unreadable Viettel Post reply: " + snippet(body));
        }
        if (ok(reply)) {
            OrderData data = data(reply, OrderData.class);
            if (data == null || blank(data.orderNumber())) {
                return new OrderOutcome.Retryable("accepted without an ORDER_NUMBER: " + snippet(body));
            }
            return new OrderOutcome.Accepted(data.orderNumber().strip(), data.moneyTotal());
        }
        if (Integer.valueOf(DUPLICATE).equals(reply.status())) {
            return new OrderOutcome.Duplicate(null);
        }
        return new OrderOutcome.Rejected("VTP_" + reply.status(), message(reply, body));
    }

    /** The waybill in an order-lookup reply, or null when there is none. */
    public String lookupWaybill(int http, String body) {
        Reply reply = read(json, body);
        if (http != 200 || reply == null || !ok(reply)) {
            return null;
        }
        OrderInfo info = data(reply, OrderInfo.class);
        return info == null || blank(info.orderNumber()) ? null : info.orderNumber().strip();
    }

    /** The outcome of an UpdateOrder TYPE=4 (cancel) call: refused by Viettel after pickup. */
    public CancelOutcome cancelOutcome(int http, String body) {
        Reply reply = read(json, body);
        String retry = retryReason(http, reply, body);
        if (retry != null || http < 200 || http >= 300 || reply == null) {
            return new CancelOutcome.Retryable(retry != null ? retry : "Viettel Post cancel answered HTTP " + http
                    + " " + snippet(body));
        }
        return ok(reply) ? new CancelOutcome.Cancelled() : new CancelOutcome.TooLate(message(reply, body));
    }

    /** The outcome of a tracking call: the events oldest first, or not found when Viettel refuses the waybill. */
    public TrackOutcome trackOutcome(int http, String body, String waybill) {
        Reply reply = read(json, body);
        String retry = retryReason(http, reply, body);
        if (retry != null || http < 200 || http >= 300 || reply == null) {
            return new TrackOutcome.Retryable(retry != null ? retry : "Viettel Post tracking answered HTTP " + http);
        }
        if (!ok(reply)) {
            return new TrackOutcome.NotFound("Viettel Post does not list waybill " + waybill + ": " + message(reply, body));
        }
        return new TrackOutcome.Events(events.list(reply.data()));
    }

    /** A login reply as a token grant; {@code expired} is epoch milliseconds (one hour when absent). */
    public TokenCache.Grant token(String body, Instant now) {
        Reply reply = read(json, body);
        if (reply == null || !ok(reply)) {
            throw new IllegalStateException("Viettel Post refused the login: " + message(reply, body));
        }
        LoginData data = data(reply, LoginData.class);
        if (data == null || blank(data.token())) {
            throw new IllegalStateException("Viettel Post login reply without a token");
        }
        Duration lifetime = data.expired() == null ? DEFAULT_TOKEN_LIFETIME
                : Duration.between(now, Instant.ofEpochMilli(data.expired()));
        return new TokenCache.Grant(data.token(), lifetime.isNegative() ? Duration.ZERO : lifetime);
    }

    private <T> T data(Reply reply, Class<T> type) {
        if (reply.data() == null || reply.data().isNull() || !reply.data().isObject()) {
            return null;
        }
        try {
            return json.treeToValue(reply.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("Unreadable Viettel Post reply data: " + e.getMessage(), e);
        }
    }
}
