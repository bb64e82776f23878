package vn.resultpost.gateway.operator.vnpost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;
import vn.resultpost.gateway.audit.Correlation;
import vn.resultpost.gateway.audit.Direction;
import vn.resultpost.gateway.audit.MessageLog;
import vn.resultpost.gateway.canonical.CancelOutcome;
import vn.resultpost.gateway.canonical.OperatorStatusEvent;
import vn.resultpost.gateway.canonical.OrderOutcome;
import vn.resultpost.gateway.canonical.OrderRef;
import vn.resultpost.gateway.canonical.ShipmentOrder;
import vn.resultpost.gateway.canonical.TrackOutcome;
import vn.resultpost.gateway.operator.OperatorHttp.Reply;
import vn.resultpost.gateway.operator.PostalOperator;
import vn.resultpost.gateway.operator.TokenCache;
import vn.resultpost.gateway.operator.TrackingMode;
import vn.resultpost.gateway.operator.WebhookScheme;
import vn.resultpost.gateway.support.OutboundHttp;

/** The VNPost adapter (MyVNPost-style REST API): mapper, client and parser behind the operator port. */
@Component
public class VnpostOperator implements PostalOperator {

    private static final String PARTY = "operator:" + VnpostResponseParser.OPERATOR;

    private final VnpostOrderMapper mapper;
    private final VnpostResponseParser parser;
    private final VnpostClient client;
    private final ObjectMapper json;
    private final MessageLog messageLog;

    public VnpostOperator(VnpostProperties props, ObjectMapper json, OutboundHttp http, Clock clock,
                          MessageLog messageLog) {
        this.mapper = new VnpostOrderMapper(props.customerCode(), props.serviceCodes());
        this.parser = new VnpostResponseParser(json);
        this.client = new VnpostClient(props, parser, http, clock);
        this.json = json;
        this.messageLog = messageLog;
    }

    @Override
    public String code() {
        return VnpostResponseParser.OPERATOR;
    }

    @Override
    public TrackingMode trackingMode() {
        return TrackingMode.PUSH;
    }

    @Override
    public WebhookScheme webhookScheme() {
        return WebhookScheme.SIGNED;
    }

    @Override
    public OrderOutcome create(ShipmentOrder order) {
        try {
            // Audit: the request is serialised once, recorded (OUT) and sent as exactly these bytes; the reply
            // is recorded (IN) as received.
            Correlation correlation = Correlation.of(order.result().agencyCode(), order.result().dossierCode());
            String request = json.writeValueAsString(mapper.map(order));
            messageLog.record(Direction.OUT, PARTY, correlation, request);
            Reply reply = client.call(HttpMethod.POST, "/api/v1/orders", request);
            OrderOutcome outcome = parser.createOutcome(reply.status(), reply.body());
            messageLog.record(Direction.IN, PARTY, correlation.withWaybill(
                    outcome instanceof OrderOutcome.Accepted a ? a.waybill() : null), reply.body());
            if (outcome instanceof OrderOutcome.Duplicate) {
                return existing(order.reference());
            }
            return outcome;
        } catch (RestClientException | IllegalStateException e) {
            return new OrderOutcome.Retryable(e.getMessage());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialise the VNPost order of " + order.reference(), e);
        }
    }

    /** After a duplicate answer, fetches the waybill of the order that the first create made. */
    private OrderOutcome existing(String reference) {
        Reply reply = client.call(HttpMethod.GET,
                "/api/v1/orders?orderReference=" + URLEncoder.encode(reference, StandardCharsets.UTF_8), null);
        String waybill = reply.status() == 200 ? parser.itemCode(reply.body()) : null;
        return waybill == null
                ? new OrderOutcome.Retryable("duplicate reference but lookup answered HTTP " + reply.status())
                : new OrderOutcome.Duplicate(waybill);
    }

    @Override
    public CancelOutcome cancel(OrderRef order) {
        try {
            Reply reply = client.call(HttpMethod.POST, "/api/v1/orders/" + path(order.waybill()) + "/cancel", null);
            if (reply.ok()) {
                return new CancelOutcome.Cancelled();
            }
            if (reply.status() == 409 || reply.status() == 400) {
                return new CancelOutcome.TooLate(parser.errorMessage(reply.body()));
            }
            return new CancelOutcome.Retryable("VNPost cancel answered HTTP " + reply.status());
        } catch (RestClientException | IllegalStateException e) {
            return new CancelOutcome.Retryable(e.getMessage());
        }
    }

    @Override
    public TrackOutcome track(OrderRef order) {
        try {
            Reply reply = client.call(HttpMethod.GET, "/api/v1/orders/" + path(order.waybill()) + "/tracking", null);
            if (reply.status() == 404) {
                return new TrackOutcome.NotFound("VNPost does not know waybill " + order.waybill());
            }
            if (!reply.ok()) {
                return new TrackOutcome.Retryable("VNPost tracking answered HTTP " + reply.status());
            }
            return new TrackOutcome.Events(parser.tracking(reply.body()));
        } catch (RestClientException | IllegalStateException e) {
            return new TrackOutcome.Retryable("VNPost tracking failed: " + e.getMessage());
        }
    }

    @Override
    public OperatorStatusEvent readWebhook(String body) {
        return parser.event(body);
    }

    @Override
    public Optional<TokenCache.State> tokenState() {
        return Optional.of(client.tokenState());
    }

    private static String path(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8);
    }
}
