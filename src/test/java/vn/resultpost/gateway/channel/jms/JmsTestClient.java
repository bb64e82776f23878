package vn.resultpost.gateway.channel.jms;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.resultpost.gateway.config.QueueBrowsing;

/** A dossier system's JMS client in the tests: sends results, waits for replies, browses queues. */
public final class JmsTestClient {

    private final ConnectionFactory factory;

    public JmsTestClient(ConnectionFactory factory) {
        this.factory = factory;
    }

    /** A message as found on a queue: its id, type, body (text or UTF-8 bytes), properties and correlation id. */
    public record Found(String id, String type, String body, Map<String, Object> properties, String correlationId) {

        public String property(String name) {
            Object v = properties.get(name);
            return v == null ? null : v.toString();
        }
    }

    /** Sends a TextMessage with the given properties; returns its message id. */
    public String sendText(String queue, String text, Map<String, Object> properties) {
        return send(queue, session -> session.createTextMessage(text), properties);
    }

    /** Sends a BytesMessage of these bytes; returns its message id. */
    public String sendBytes(String queue, byte[] bytes, Map<String, Object> properties) {
        return send(queue, session -> {
            BytesMessage m = session.createBytesMessage();
            m.writeBytes(bytes);
            return m;
        }, properties);
    }

    /** Sends any message the factory builds; returns its message id. */
    public String send(String queue, MessageFactory build, Map<String, Object> properties) {
        try (Connection c = factory.createConnection()) {
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Message m = build.create(s);
            for (Map.Entry<String, Object> p : properties.entrySet()) {
                m.setObjectProperty(p.getKey(), p.getValue());
            }
            try (MessageProducer producer = s.createProducer(s.createQueue(queue))) {
                producer.send(m);
            }
            return m.getJMSMessageID();
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Request-reply: sends the text with a temporary JMSReplyTo (and the correlation id, when given) and waits
     * for the answer; returns the reply, and the request's message id as {@code properties["requestId"]}.
     */
    public Found request(String queue, String text, String correlationId, Duration timeout) {
        try (Connection c = factory.createConnection()) {
            c.start();
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            TemporaryQueue replies = s.createTemporaryQueue();
            TextMessage m = s.createTextMessage(text);
            m.setJMSReplyTo(replies);
            if (correlationId != null) {
                m.setJMSCorrelationID(correlationId);
            }
            try (MessageProducer producer = s.createProducer(s.createQueue(queue));
                 MessageConsumer consumer = s.createConsumer(replies)) {
                producer.send(m);
                Message reply = consumer.receive(timeout.toMillis());
                if (reply == null) {
                    throw new AssertionError("No reply within " + timeout);
                }
                Found found = found(reply);
                found.properties().put("requestId", m.getJMSMessageID());
                found.properties().put("expiration", reply.getJMSExpiration());
                return found;
            }
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Request-reply for many messages at once: sends each (correlation id {@code "<prefix>-<index>"}) with one
     * temporary JMSReplyTo, then collects the replies; returns them by correlation id.
     */
    public Map<String, Found> requestAll(String queue, String prefix, List<MessageFactory> messages, Duration timeout) {
        try (Connection c = factory.createConnection()) {
            c.start();
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            TemporaryQueue replies = s.createTemporaryQueue();
            Map<String, Found> answers = new LinkedHashMap<>();
            try (MessageProducer producer = s.createProducer(s.createQueue(queue));
                 MessageConsumer consumer = s.createConsumer(replies)) {
                for (int i = 0; i < messages.size(); i++) {
                    Message m = messages.get(i).create(s);
                    m.setJMSReplyTo(replies);
                    m.setJMSCorrelationID(prefix + "-" + i);
                    producer.send(m);
                }
                long deadline = System.nanoTime() + timeout.toNanos();
                while (answers.size() < messages.size() && System.nanoTime() < deadline) {
                    Message reply = consumer.receive(500);
                    if (reply != null) {
                        Found found = found(reply);
                        if (answers.put(found.correlationId(), found) != null) {
                            throw new AssertionError("Two replies for " + found.correlationId());
                        }
                    }
                }
            }
            return answers;
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends the text with a JMSReplyTo of a temporary queue that is deleted before the gateway answers. */
    public void sendWithVanishedReplyTo(String queue, String text) {
        try {
            TemporaryQueue gone;
            try (Connection first = factory.createConnection()) {
                gone = first.createSession(false, Session.AUTO_ACKNOWLEDGE).createTemporaryQueue();
            }
            send(queue, session -> {
                TextMessage m = session.createTextMessage(text);
                m.setJMSReplyTo(gone);
                return m;
            }, Map.of());
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Takes (consumes) the first message of a queue that matches the selector; null when none. */
    public Found take(String queue, String selector) {
        try (Connection c = factory.createConnection()) {
            c.start();
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            try (MessageConsumer consumer = s.createConsumer(s.createQueue(queue), selector)) {
                Message m = consumer.receive(5000);
                return m == null ? null : found(m);
            }
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The messages on a queue, oldest first, without taking them (a large BytesMessage's body may be partial). */
    public List<Found> browse(String queue) {
        try (QueueBrowsing browsing = new QueueBrowsing(factory);
             Connection c = browsing.connectionFactory().createConnection()) {
            c.start();
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            List<Found> all = new ArrayList<>();
            try (QueueBrowser browser = s.createBrowser(s.createQueue(queue))) {
                for (Object m : Collections.list(browser.getEnumeration())) {
                    all.add(found((Message) m));
                }
            }
            return all;
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    static Found found(Message m) throws JMSException {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Object n : Collections.list(m.getPropertyNames())) {
            properties.put((String) n, m.getObjectProperty((String) n));
        }
        byte[] bytes = m instanceof BytesMessage b ? b.getBody(byte[].class) : null;
        String body = m instanceof TextMessage t ? t.getText()
                : m instanceof BytesMessage ? (bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8)) : null;
        return new Found(m.getJMSMessageID(), JmsResultTranslator.typeOf(m), body, properties, m.getJMSCorrelationID());
    }

    /** Builds a message in a session. */
    @FunctionalInterface
    public interface MessageFactory {
        Message create(Session session) throws JMSException;
    }
}
