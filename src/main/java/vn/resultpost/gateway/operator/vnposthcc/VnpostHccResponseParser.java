package vn.resultpost.gateway.operator.vnposthcc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import vn.resultpost.gateway.canonical.CancelOutcome;
import vn.resultpost.gateway.canonical.OperatorStatusEvent;
import vn.resultpost.gateway.canonical.OrderOutcome;
import vn.resultpost.gateway.canonical.TrackOutcome;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccMessages.ErrorReply;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccMessages.LgspFault;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccMessages.OrderResult;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccMessages.TokenReply;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccMessages.Tracking;

/**
 * Pure response parser: the LGSP's and the HCC channel's HTTP answers as canonical outcomes. Unreadable
 * replies throw {@link IllegalStateException}, which the adapter answers as retryable.
 */
public final class VnpostHccResponseParser {

    static final String OPERATOR = "vnpost-hcc";
    static final String DUPLICATE = "DUPLICATE_ORDER_NUMBER";
    static final String NOT_FOUND = "ORDER_NOT_FOUND";

    private final ObjectMapper json;
    private final VnpostHccTrackingParser tracking = new VnpostHccTrackingParser();

    /** Uses a copy of {@code json} that ignores fields the channel may add to its replies. */
    public VnpostHccResponseParser(ObjectMapper json) {
        this.json = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /** The OAuth2 token reply; the lifetime defaults to one hour when the LGSP does not say. */
    public TokenReply token(String body) {
        TokenReply reply = read(body, TokenReply.class);
        if (reply == null || blank(reply.accessToken())) {
            throw new IllegalStateException("LGSP token reply without an access_token");
        }
        return new TokenReply(reply.accessToken(), blank(reply.tokenType()) ? "Bearer" : reply.tokenType(),
                reply.expiresIn() == null ? 3600L : reply.expiresIn());
    }

    /** The outcome of a post-order call from its HTTP status and body. */
    public OrderOutcome createOutcome(int status, String body) {
        if (status >= 200 && status < 300) {
            OrderResult reply = read(body, OrderResult.class);
            return reply == null || blank(reply.itemCode())
                    ? new OrderOutcome.Retryable("VNPost HCC accepted without an ItemCode: " + excerpt(body))
                    : new OrderOutcome.Accepted(reply.itemCode().strip(), reply.totalFee());
        }
        ErrorReply error = error(body);
        if (status == 409 && DUPLICATE.equals(error.errorCode())) {
            return new OrderOutcome.Duplicate(null);
        }
        if (transientOrCredentials(status)) {
            return new OrderOutcome.Retryable(reason(status, error));
        }
        return new OrderOutcome.Rejected(error.errorCode() == null ? "HTTP_" + status : error.errorCode(),
                error.errorMessage());
    }

    /** The outcome of a cancel-order call: refused (picked up, unknown) is too late; transient is retryable. */
    public CancelOutcome cancelOutcome(int status, String body) {
        if (status >= 200 && status < 300) {
            return new CancelOutcome.Cancelled();
        }
        ErrorReply error = error(body);
        return transientOrCredentials(status) ? new CancelOutcome.Retryable(reason(status, error))
                : new CancelOutcome.TooLate((error.errorCode() == null ? "HTTP " + status : error.errorCode()) + ": "
                        + error.errorMessage());
    }

    /** The outcome of an order-tracking call; {@code waybill} names the events when the reply has no ItemCode. */
    public TrackOutcome trackOutcome(int status, String body, String waybill) {
        if (status >= 200 && status < 300) {
            return new TrackOutcome.Events(tracking.events(read(body, Tracking.class), waybill));
        }
        ErrorReply error = error(body);
        if (status == 404 && (NOT_FOUND.equals(error.errorCode()) || error.errorCode() == null)) {
            return new TrackOutcome.NotFound("VNPost HCC does not know the order: " + error.errorMessage());
        }
        return new TrackOutcome.Retryable(reason(status, error));
    }

    /** The history of a successful order-tracking reply, oldest first. */
    public List<OperatorStatusEvent> tracking(String body, String waybill) {
        return tracking.events(read(body, Tracking.class), waybill);
    }

    /** The item code (waybill) in a successful order-tracking reply, or null. */
    public String itemCode(int status, String body) {
        if (status < 200 || status >= 300) {
            return null;
        }
        Tracking t = read(body, Tracking.class);
        return t == null || blank(t.itemCode()) ? null : t.itemCode().strip();
    }

    private static boolean transientOrCredentials(int status) {
        return status == 401 || status == 403 || status == 408 || status == 429 || status >= 500;
    }

    private static String reason(int status, ErrorReply error) {
        String what = status == 401 || status == 403
                ? "the LGSP refused the gateway's credentials (check gateway.operators.vnpost-hcc.consumer-key/secret)"
                : "VNPost HCC / LGSP unavailable";
        return what + ": HTTP " + status + " " + error.errorMessage();
    }

    /** The error of a reply: the channel's {ErrorCode, ErrorMessage}, the LGSP's fault, or an excerpt of the body. */
    ErrorReply error(String body) {
        try {
            ErrorReply e = blank(body) ? null : json.readValue(body, ErrorReply.class);
            if (e != null && (e.errorCode() != null || e.errorMessage() != null)) {
                return new ErrorReply(e.errorCode(), e.errorMessage() == null ? "" : e.errorMessage());
            }
            LgspFault f = blank(body) ? null : json.readValue(body, LgspFault.class);
            if (f != null && f.fault() != null) {
                return new ErrorReply("LGSP_" + f.fault().code(), f.fault().message()
                        + (f.fault().description() == null ? "" : " - " + f.fault().description()));
            }
        } catch (JsonProcessingException | IllegalArgumentException notJson) {
            // an HTML error page or plain text: keep an excerpt
        }
        return new ErrorReply(null, excerpt(body));
    }

    private <T> T read(String body, Class<T> type) {
        if (blank(body)) {
            return null;
        }
        try {
            return json.readValue(body, type);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Unreadable VNPost HCC reply: " + ex.getOriginalMessage(), ex);
        }
    }

    private static String excerpt(String body) {
        return body == null ? "" : body.substring(0, Math.min(200, body.length()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
