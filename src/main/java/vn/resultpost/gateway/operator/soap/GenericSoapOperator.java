package vn.resultpost.gateway.operator.soap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.audit.Correlation;
import vn.resultpost.gateway.audit.Direction;
import vn.resultpost.gateway.audit.MessageLog;
import vn.resultpost.gateway.canonical.CancelOutcome;
import vn.resultpost.gateway.canonical.OrderOutcome;
import vn.resultpost.gateway.canonical.OrderRef;
import vn.resultpost.gateway.canonical.ShipmentOrder;
import vn.resultpost.gateway.canonical.TrackOutcome;
import vn.resultpost.gateway.operator.PostalOperator;
import vn.resultpost.gateway.operator.TrackingMode;
import vn.resultpost.gateway.operator.WebhookScheme;
import vn.resultpost.gateway.operator.soap.SoapOperatorClient.Reply;

/**
 * The generic SOAP adapter (operator code {@code generic-soap}): any postal operator or provincial platform
 * that implements the gateway's contract wsdl/postal-operator-v1.wsdl. Polled for tracking; every failure
 * (transport, timeout, SOAP fault, unreadable reply) comes back as Retryable, never as an exception.
 */
@Component
public class GenericSoapOperator implements PostalOperator {

    private static final String PARTY = "operator:" + SoapResponseParser.OPERATOR;
    private static final Logger log = LoggerFactory.getLogger(GenericSoapOperator.class);

    private final SoapShipmentMapper mapper;
    private final SoapResponseParser parser = new SoapResponseParser();
    private final SoapOperatorClient client;
    private final MessageLog messageLog;

    public GenericSoapOperator(GenericSoapProperties props, MessageLog messageLog) {
        this.mapper = new SoapShipmentMapper(props.serviceCodes());
        this.client = new SoapOperatorClient(props);
        this.messageLog = messageLog;
    }

    @Override
    public String code() {
        return SoapResponseParser.OPERATOR;
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
            // Audit: the payload is serialised once, recorded (OUT) and sent as this XML; the reply payload
            // (or the SOAP fault) is recorded (IN) as received.
            Correlation correlation = Correlation.of(order.result().agencyCode(), order.result().dossierCode());
            String request = mapper.createShipment(order);
            messageLog.record(Direction.OUT, PARTY, correlation, request);
            Reply reply = client.call(request);
            OrderOutcome outcome = parser.createOutcome(reply.body());
            messageLog.record(Direction.IN, PARTY, correlation.withWaybill(waybill(outcome)), reply.body());
            if (outcome instanceof OrderOutcome.Duplicate d && d.waybill() == null) {
                return lookup(order.reference());
            }
            return outcome;
        } catch (RuntimeException e) {
            return new OrderOutcome.Retryable("generic-soap CreateShipment failed: " + reason(e));
        }
    }

    /** After a duplicate answer without the waybill: the existing shipment's waybill, by reference. */
    private OrderOutcome lookup(String reference) {
        Reply reply = client.call(mapper.getTracking(new OrderRef(reference, null)));
        String waybill = parser.waybill(reply.body());
        return waybill == null
                ? new OrderOutcome.Retryable("duplicate reference but the lookup by reference found no waybill")
                : new OrderOutcome.Duplicate(waybill);
    }

    @Override
    public CancelOutcome cancel(OrderRef order) {
        try {
            Correlation correlation = Correlation.ofWaybill(order.waybill());
            String request = mapper.cancelShipment(order.waybill(), "Cancelled by the sending agency");
            messageLog.record(Direction.OUT, PARTY, correlation, request);
            Reply reply = client.call(request);
            messageLog.record(Direction.IN, PARTY, correlation, reply.body());
            return parser.cancelOutcome(reply.body());
        } catch (RuntimeException e) {
            return new CancelOutcome.Retryable("generic-soap CancelShipment failed: " + reason(e));
        }
    }

    @Override
    public TrackOutcome track(OrderRef order) {
        try {
            Reply reply = client.call(mapper.getTracking(order));
            TrackOutcome outcome = parser.trackOutcome(order, reply.body());
            if (outcome instanceof TrackOutcome.Retryable r) {
                log.debug("generic-soap tracking of {} not usable: {}", order.waybill(), r.reason());
            }
            return outcome;
        } catch (RuntimeException e) {
            return new TrackOutcome.Retryable("generic-soap GetTracking failed: " + reason(e));
        }
    }

    private static String waybill(OrderOutcome outcome) {
        return outcome instanceof OrderOutcome.Accepted a ? a.waybill()
                : outcome instanceof OrderOutcome.Duplicate d ? d.waybill() : null;
    }

    /** The innermost cause's message: a timeout or refused connection rather than CXF's wrapper text. */
    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String top = e.getClass().getSimpleName() + ": " + e.getMessage();
        return root == e ? top : top + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
}
