package vn.resultpost.gateway.deadletter;

import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import org.apache.camel.Exchange;
import org.apache.camel.component.jms.JmsMessage;

/**
 * The JMS message a queue stage received and the listener's session it came in: what is sent on that session
 * (a deferred copy, a dead letter) commits or rolls back with the message's acknowledgement, in one transaction.
 */
public record ReceivedJms(Message message, Session session) {

    /** The received message and session of {@code exchange}; fails when its route did not consume it from JMS. */
    public static ReceivedJms of(Exchange exchange) {
        JmsMessage in = exchange.getIn(JmsMessage.class);
        if (in == null || in.getJmsMessage() == null || in.getJmsSession() == null) {
            throw new IllegalStateException("Route " + exchange.getFromRouteId()
                    + " did not receive its message from a JMS listener: there is no session to send on");
        }
        return new ReceivedJms(in.getJmsMessage(), in.getJmsSession());
    }

    /** The name of the queue the message came from ({@code fallback} when the message does not say). */
    public String queue(String fallback) throws JMSException {
        Destination destination = message.getJMSDestination();
        if (destination instanceof Queue q) {
            return q.getQueueName();
        }
        return destination == null ? fallback : destination.toString();
    }
}
