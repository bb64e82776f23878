package vn.resultpost.gateway.deadletter;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Forwards a received JMS message to another queue as it is (body of any type, never deserialised; its own
 * properties), with the gateway's bookkeeping properties replaced: used to park a refused message and to
 * replay it.
 */
public final class MessageForwarding {

    /** Prefixes of the gateway's own bookkeeping properties (reason, stage, time of a failure, rejection, replay). */
    private static final String[] BOOKKEEPING = {"gatewayFail", "gatewayRejection", "gatewayRejected", "gatewayReplayed"};

    private MessageForwarding() {
    }

    /**
     * The message's own properties: neither the JMS-defined ones (JMSX…, except the group) nor the broker's
     * ({@code _AMQ…}: a duplicate-detection id would make a replay vanish) nor the gateway's bookkeeping.
     */
    public static Map<String, Object> applicationProperties(Message message) throws JMSException {
        Map<String, Object> kept = new LinkedHashMap<>();
        for (Object n : Collections.list(message.getPropertyNames())) {
            String name = (String) n;
            boolean jms = (name.startsWith("JMSX") && !name.equals(DeadLetterChannel.GROUP)) || name.startsWith("JMS_");
            if (!jms && !name.startsWith("_AMQ") && !bookkeeping(name)) {
                kept.put(name, message.getObjectProperty(name));
            }
        }
        return kept;
    }

    /**
     * Sends {@code message} (received in {@code session}'s transaction) to {@code queue} with its own properties
     * and {@code extra}; without its JMSReplyTo when {@code dropReplyTo}.
     */
    public static void forward(Session session, Message message, String queue, Map<String, ?> extra,
                               boolean dropReplyTo) throws JMSException {
        Map<String, Object> properties = applicationProperties(message);
        message.clearProperties();
        for (Map.Entry<String, Object> p : properties.entrySet()) {
            message.setObjectProperty(p.getKey(), p.getValue());
        }
        for (Map.Entry<String, ?> p : extra.entrySet()) {
            if (p.getValue() != null) {
                message.setObjectProperty(p.getKey(), p.getValue());
            }
        }
        if (dropReplyTo) {
            message.setJMSReplyTo(null);
        }
        try (MessageProducer producer = session.createProducer(session.createQueue(queue))) {
            producer.send(message);
        }
    }

    private static boolean bookkeeping(String name) {
        for (String prefix : BOOKKEEPING) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
