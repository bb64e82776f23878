package vn.resultpost.gateway.operator.vnposthcc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.address.AdministrativeUnits;
import vn.resultpost.gateway.audit.Correlation;
import vn.resultpost.gateway.audit.Direction;
import vn.resultpost.gateway.audit.MessageLog;
import vn.resultpost.gateway.canonical.CancelOutcome;
import vn.resultpost.gateway.canonical.OrderOutcome;
import vn.resultpost.gateway.canonical.OrderRef;
import vn.resultpost.gateway.canonical.ShipmentOrder;
import vn.resultpost.gateway.canonical.TrackOutcome;
import vn.resultpost.gateway.operator.OperatorHttp.Reply;
import vn.resultpost.gateway.operator.PostalOperator;
import vn.resultpost.gateway.operator.TokenCache;
import vn.resultpost.gateway.operator.TrackingMode;
import vn.resultpost.gateway.operator.WebhookScheme;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccMessages.CancelOrder;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccMessages.TrackingRequest;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccOrderMapper.Mapping;
import vn.resultpost.gateway.support.OutboundHttp;

/**
 * The VNPost public-administration (HCC) adapter, through a provincial LGSP: post order, cancel order and
 * order tracking behind the operator port. Polled (the channel does not push). Never throws out of
 * create/cancel/track: every failure comes back as data.
 */
@Component
public class VnpostHccOperator implements PostalOperator {

    private static final String PARTY = "operator:" + VnpostHccResponseParser.OPERATOR;

    private final VnpostHccProperties props;
    private final VnpostHccOrderMapper mapper;
    private final VnpostHccResponseParser parser;
    private final VnpostHccClient client;
    private final ObjectMapper json;
    private final MessageLog messageLog;

    public VnpostHccOperator(VnpostHccProperties props, ObjectMapper json, OutboundHttp http, Clock clock,
                             MessageLog messageLog, AdministrativeUnits units) {
        this.props = props;
        this.mapper = new VnpostHccOrderMapper(props.customerCode(), props.serviceCodes(),
                VnpostHccLocations.load(props.locationsFile()), units);
        this.parser = new VnpostHccResponseParser(json);
        this.client = new VnpostHccClient(props, parser, http, clock);
        this.json = json;
        this.messageLog = messageLog;
    }

    @Override
    public String code() {
        return VnpostHccResponseParser.OPERATOR;
    }

    @Override
    public TrackingMode trackingMode() {
        return TrackingMode.POLL;
    }

    @Override
    public WebhookScheme webhookScheme() {
        return WebhookScheme.NONE;
    }

    @Override
    public OrderOutcome create(ShipmentOrder order) {
        try {
            Mapping mapping = mapper.map(order);
            if (mapping instanceof Mapping.Unmapped u) {
                return new OrderOutcome.Rejected("NO_LOCATION_MAPPING", u.reason());
            }
            // Audit: the request is serialised once, recorded (OUT) and sent as exactly these bytes; the reply
            // is recorded (IN) as received.
            Correlation correlation = Correlation.of(order.result().agencyCode(), order.result().dossierCode());
            String request = write(((Mapping.Mapped) mapping).body());
            messageLog.record(Direction.OUT, PARTY, correlation, request);
            Reply reply = client.call(props.services().postOrder(), request);
            OrderOutcome outcome = parser.createOutcome(reply.status(), reply.body());
            messageLog.record(Direction.IN, PARTY, correlation.withWaybill(
                    outcome instanceof OrderOutcome.Accepted a ? a.waybill() : null), reply.body());
            return outcome instanceof OrderOutcome.Duplicate ? existing(order.reference()) : outcome;
        } catch (RuntimeException e) {
            return new OrderOutcome.Retryable("VNPost HCC post order failed: " + e.getMessage());
        }
    }

    /** After a duplicate OrderNumber: the waybill of the order the first create made, from order tracking. */
    private OrderOutcome existing(String reference) {
        Reply reply = client.call(props.services().orderTracking(),
                write(new TrackingRequest(props.customerCode(), reference)));
        String waybill = parser.itemCode(reply.status(), reply.body());
        return waybill == null
                ? new OrderOutcome.Retryable("duplicate OrderNumber but order tracking answered HTTP " + reply.status())
                : new OrderOutcome.Duplicate(waybill);
    }

    @Override
    public CancelOutcome cancel(OrderRef order) {
        try {
            Correlation correlation = Correlation.ofWaybill(order.waybill());
            String request = write(new CancelOrder(props.customerCode(), order.reference(), order.waybill()));
            messageLog.record(Direction.OUT, PARTY, correlation, request);
            Reply reply = client.call(props.services().cancelOrder(), request);
            messageLog.record(Direction.IN, PARTY, correlation, reply.body());
            return parser.cancelOutcome(reply.status(), reply.body());
        } catch (RuntimeException e) {
            return new CancelOutcome.Retryable("VNPost HCC cancel failed: " + e.getMessage());
        }
    }

    @Override
    public TrackOutcome track(OrderRef order) {
        try {
            Reply reply = client.call(props.services().orderTracking(),
                    write(new TrackingRequest(props.customerCode(), order.reference())));
            return parser.trackOutcome(reply.status(), reply.body(), order.waybill());
        } catch (RuntimeException e) {
            return new TrackOutcome.Retryable("VNPost HCC tracking failed: " + e.getMessage());
        }
    }

    @Override
    public Optional<TokenCache.State> tokenState() {
        return Optional.of(client.tokenState());
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a VNPost HCC request", e);
        }
    }
}
