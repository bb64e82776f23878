package vn.resultpost.gateway.channel.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.apache.camel.Body;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.apache.camel.Message;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.audit.Correlation;
import vn.resultpost.gateway.audit.Direction;
import vn.resultpost.gateway.audit.MessageLog;
import vn.resultpost.gateway.canonical.OperatorStatusEvent;
import vn.resultpost.gateway.operator.OperatorRegistry;
import vn.resultpost.gateway.operator.PostalOperator;
import vn.resultpost.gateway.operator.WebhookScheme;
import vn.resultpost.gateway.security.WebhookVerifier;
import vn.resultpost.gateway.support.InvalidMessageException;
import vn.resultpost.gateway.support.NotFoundException;

/**
 * Webhook Channel Adapter for postal operators: authenticates the call by the operator's scheme (the
 * gateway's signature headers, or a token in the body; 401 otherwise, nothing queued), reads the
 * operator's event with its own adapter and
 * hands the canonical event (JSON) to the status-events queue. The operator is answered only once the
 * event is safely queued.
 */
@Component("operatorWebhooks")
public class OperatorWebhooks {

    static final String GROUP = "JMSXGroupID";
    static final String SIGNATURE = "gatewayWebhookSignature";

    private final OperatorRegistry operators;
    private final WebhookVerifier verifier;
    private final ObjectMapper json;
    private final MessageLog messageLog;

    public OperatorWebhooks(OperatorRegistry operators, WebhookVerifier verifier, ObjectMapper json,
                            MessageLog messageLog) {
        this.operators = operators;
        this.verifier = verifier;
        this.json = json;
        this.messageLog = messageLog;
    }

    /**
     * Translates the operator's body to the canonical event JSON; 404 for an unknown operator. The
     * message is grouped by waybill (JMSXGroupID), so the events of one shipment are applied in order.
     */
    public String receive(@Header("operator") String operator, @Body String body, Message message)
            throws JsonProcessingException {
        OperatorStatusEvent event;
        String token = null;
        try {
            PostalOperator adapter = operators.find(operator)
                    .filter(a -> a.webhookScheme() != WebhookScheme.NONE)
                    .orElseThrow(() -> new NotFoundException("No postal operator '" + operator
                            + "' pushes events to this gateway"));
            String text = body == null ? "" : body;
            if (adapter.webhookScheme() == WebhookScheme.SIGNED) {
                message.getExchange().setProperty(SIGNATURE, verifier.verify(operator,
                        message.getHeader(WebhookVerifier.TIMESTAMP, String.class),
                        message.getHeader(WebhookVerifier.SIGNATURE, String.class), text));
            }
            if (text.isBlank()) {
                throw new InvalidMessageException("The event body is empty");
            }
            if (adapter.webhookScheme() == WebhookScheme.BODY_TOKEN) {
                token = adapter.webhookToken(text);
                verifier.verifyBodyToken(operator, token);
            }
            event = adapter.readWebhook(text);
        } catch (RuntimeException unreadable) {
            messageLog.record(Direction.IN, "operator:" + operator, Correlation.NONE, withoutToken(body, token)); // audit
            throw unreadable;
        }
        messageLog.record(Direction.IN, "operator:" + operator, Correlation.ofWaybill(event.waybill()),
                withoutToken(body, token)); // audit: as received, but never the operator's secret
        message.setHeader(GROUP, event.operatorCode() + ":" + event.waybill());
        return json.writeValueAsString(event);
    }

    private static String withoutToken(String body, String token) {
        return body == null || token == null || token.isEmpty() ? body : body.replace(token, "[webhook-token]");
    }

    /** The answer once the event is queued; from now on the same signed call is a replay. */
    public ApiReply accepted(@ExchangeProperty(SIGNATURE) String signature) {
        if (signature != null) {
            verifier.remember(signature);
        }
        return ApiReply.json(202, Map.of("received", true));
    }
}
