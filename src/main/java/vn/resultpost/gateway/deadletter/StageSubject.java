package vn.resultpost.gateway.deadletter;

import java.util.regex.Pattern;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * Names what a queue stage's message is about, for the stages' log lines (a retry, a deferral, a parking): the
 * shipment its body names (orders, reports), else its message group (an operator's waybill), else its message id.
 */
@Component("stageSubject")
public class StageSubject {

    private static final Pattern SHIPMENT_ID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** The subject of the exchange's message, e.g. {@code shipment 68f55cf9-...} or {@code group vnpost:EB1VN}. */
    public String of(Exchange exchange) {
        var message = exchange.getMessage();
        return describe(message.getBody(String.class), message.getHeader(DeadLetterChannel.GROUP),
                message.getHeader("JMSMessageID"));
    }

    static String describe(String body, Object group, Object messageId) {
        if (body != null && SHIPMENT_ID.matcher(body.strip()).matches()) {
            return "shipment " + body.strip();
        }
        if (group != null) {
            return "group " + group;
        }
        return messageId == null ? "a message without id" : "message " + messageId;
    }
}
