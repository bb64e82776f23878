package vn.resultpost.gateway.operator.viettelpost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import vn.resultpost.gateway.operator.viettelpost.ViettelpostMessages.UpdateOrder;
import vn.resultpost.gateway.operator.viettelpost.ViettelpostOrderMapper.Mapping;
import vn.resultpost.gateway.operator.viettelpost.ViettelpostOrderMapper.Refused;
import vn.resultpost.gateway.operator.viettelpost.ViettelpostOrderMapper.Request;
import vn.resultpost.gateway.support.InvalidMessageException;
import vn.resultpost.gateway.support.OutboundHttp;

/** The Viettel Post adapter (partner API v2, events pushed with a TOKEN in the body) behind the operator port. */
@Component
public class ViettelpostOperator implements PostalOperator {

    static final String CREATE = "/v2/order/createOrder";
    static final String LOOKUP = "/v2/order/getOrderByReference?ORDER_REFERENCE={reference}";
    static final String UPDATE = "/v2/order/UpdateOrder";
    static final String TRACKING = "/v2/order/getOrderTracking?ORDER_NUMBER={waybill}";
    static final int CANCEL = 4;
    static final String CANCEL_NOTE = "Cơ quan gửi hủy đơn / cancelled by the sending agency";
    private static final String PARTY = "operator:" + ViettelpostResponseParser.OPERATOR;

    private final ViettelpostOrderMapper mapper;
    private final ViettelpostResponseParser parser;
    private final ViettelpostClient client;
    private final ObjectMapper json;
    private final MessageLog messageLog;

    public ViettelpostOperator(ViettelpostProperties props, ObjectMapper json, OutboundHttp http, Clock clock,
                               MessageLog messageLog) {
        this.mapper = new ViettelpostOrderMapper(ViettelpostLocations.load(props.locationsFile()),
                props.serviceCodes(), props.paymentWithCod(), props.paymentWithoutCod());
        this.parser = new ViettelpostResponseParser(json);
        this.client = new ViettelpostClient(props, parser, json, http, clock);
        this.json = json;
        this.messageLog = messageLog;
    }

    @Override
    public String code() {
        return ViettelpostResponseParser.OPERATOR;
    }

    @Override
    public TrackingMode trackingMode() {
        return TrackingMode.PUSH;
    }

    @Override
    public WebhookScheme webhookScheme() {
        return WebhookScheme.BODY_TOKEN;
    }

    @Override
    public OrderOutcome create(ShipmentOrder order) {
        try {
            Mapping mapping = mapper.map(order);
            if (mapping instanceof Refused refused) {
                return refused.rejection(); // nothing sent: no Viettel location id for an address
            }
            // Audit: the request is serialised once, recorded (OUT) and sent as exactly these bytes; the reply
            // is recorded (IN) as received.
            Correlation correlation = Correlation.of(order.result().agencyCode(), order.result().dossierCode());
            String request = json.writeValueAsString(((Request) mapping).body());
            messageLog.record(Direction.OUT, PARTY, correlation, request);
            Reply reply = client.call(HttpMethod.POST, CREATE, request);
            OrderOutcome outcome = parser.createOutcome(reply.status(), reply.body());
            messageLog.record(Direction.IN, PARTY, correlation.withWaybill(
                    outcome instanceof OrderOutcome.Accepted a ? a.waybill() : null), reply.body());
            return outcome instanceof OrderOutcome.Duplicate ? existing(order.reference()) : outcome;
        } catch (RestClientException | IllegalStateException e) {
            return new OrderOutcome.Retryable(e.getMessage());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialise the Viettel Post order of " + order.reference(), e);
        }
    }

    /** After Viettel refused a duplicate ORDER_NUMBER: the waybill of the order the first create made. */
    private OrderOutcome existing(String reference) {
        Reply reply = client.call(HttpMethod.GET, LOOKUP, null, reference);
        String waybill = parser.lookupWaybill(reply.status(), reply.body());
        return waybill == null
                ? new OrderOutcome.Retryable("duplicate ORDER_NUMBER but the lookup answered HTTP " + reply.status())
                : new OrderOutcome.Duplicate(waybill);
    }

    @Override
    public CancelOutcome cancel(OrderRef order) {
        if (order.waybill() == null) {
            return new CancelOutcome.Retryable("no Viettel Post waybill to cancel yet for " + order.reference());
        }
        try {
            Correlation correlation = Correlation.ofWaybill(order.waybill());
            String request = json.writeValueAsString(new UpdateOrder(CANCEL, order.waybill(), CANCEL_NOTE));
            messageLog.record(Direction.OUT, PARTY, correlation, request); // audit, as for create
            Reply reply = client.call(HttpMethod.POST, UPDATE, request);
            messageLog.record(Direction.IN, PARTY, correlation, reply.body());
            return parser.cancelOutcome(reply.status(), reply.body());
        } catch (RestClientException | IllegalStateException | JsonProcessingException e) {
            return new CancelOutcome.Retryable(e.getMessage());
        }
    }

    @Override
    public TrackOutcome track(OrderRef order) {
        try {
            Reply reply = client.call(HttpMethod.GET, TRACKING, null, order.waybill());
            return parser.trackOutcome(reply.status(), reply.body(), order.waybill());
        } catch (RestClientException | IllegalStateException | InvalidMessageException e) {
            return new TrackOutcome.Retryable("Viettel Post tracking failed: " + e.getMessage());
        }
    }

    @Override
    public OperatorStatusEvent readWebhook(String body) {
        return parser.events().webhook(body);
    }

    @Override
    public String webhookToken(String body) {
        return parser.events().token(body);
    }

    @Override
    public Optional<TokenCache.State> tokenState() {
        return Optional.of(client.tokenState());
    }
}
