package vn.resultpost.gateway.config;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Makes the embedded broker's report queue a last-value queue where an earlier release created it as a plain one
 * (Artemis keeps a stored queue's kind whatever its settings say now): at start-up, before any route consumes, and
 * only when it holds no message. A queue that holds some is left as it is and converted at a later start. An external
 * broker's queue cannot be converted from here: a plain one is named in a WARN at start-up, with the manual step.
 */
@Component
public class ReportQueueUpgrade implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(ReportQueueUpgrade.class);

    /** What an external broker's report queue is. */
    public enum Kind { LAST_VALUE, PLAIN, ABSENT, UNKNOWN }

    private final ObjectProvider<EmbeddedActiveMQ> broker;
    private final ObjectProvider<ConnectionFactory> connections;
    private final String queueName;

    public ReportQueueUpgrade(ObjectProvider<EmbeddedActiveMQ> broker, ObjectProvider<ConnectionFactory> connections,
                              GatewayProperties props) {
        this.broker = broker;
        this.connections = connections;
        this.queueName = props.queues().reports();
    }

    @Override
    public void afterSingletonsInstantiated() {
        EmbeddedActiveMQ embedded = broker.getIfAvailable();
        if (embedded != null) {
            upgrade(embedded.getActiveMQServer(), queueName);
            return;
        }
        ConnectionFactory factory = connections.getIfAvailable();
        if (factory != null) {
            // On its own thread: a broker slow to answer never delays the start.
            Thread check = new Thread(() -> checkExternal(factory, queueName), "report-queue-check");
            check.setDaemon(true);
            check.start();
        }
    }

    /**
     * Asks the broker of {@code factory} what {@code name} is; warns when it is a plain queue (every report message
     * is delivered, none replaces a waiting one: correct, without the coalescing). Never fails: a broker it cannot ask
     * gives {@link Kind#UNKNOWN}.
     */
    public static Kind checkExternal(ConnectionFactory factory, String name) {
        ActiveMQConnectionFactory artemis = ArtemisFactories.of(factory).orElse(null);
        if (artemis == null) {
            return Kind.UNKNOWN;
        }
        try (Connection connection = artemis.createConnection();
             ActiveMQSession session = (ActiveMQSession) connection.createSession()) {
            ClientSession.QueueQuery query = session.getCoreSession().queueQuery(SimpleString.of(name));
            Kind kind = !query.isExists() ? Kind.ABSENT : query.isLastValue() ? Kind.LAST_VALUE : Kind.PLAIN;
            if (kind == Kind.PLAIN) {
                LOG.warn("Queue {} on the external broker is a plain queue, created before it became a last-value "
                        + "queue: reports are delivered, but a newer report message does not replace a waiting one. "
                        + "To convert it, with every gateway stopped and the queue empty, delete it and restart the "
                        + "broker (docs/deployment.md, upgrades)", name);
            }
            return kind;
        } catch (Exception e) {
            LOG.debug("Could not ask the broker what queue {} is: {}", name, e.toString());
            return Kind.UNKNOWN;
        }
    }

    /** Re-creates {@code name} as a last-value queue if it is a plain, empty one; returns whether it did. */
    static boolean upgrade(ActiveMQServer server, String name) {
        Queue queue = server.locateQueue(name);
        if (queue == null || queue.isLastValue()) {
            return false;
        }
        long waiting = queue.getMessageCount();
        if (waiting > 0) {
            LOG.warn("Queue {} was created by an earlier release as a plain queue and holds {} messages: left as it is "
                    + "(every message is delivered; a newer report message does not replace a waiting one); it becomes "
                    + "a last-value queue at a start when it is empty", name, waiting);
            return false;
        }
        try {
            server.destroyQueue(SimpleString.of(name), null, false);
            server.createQueue(QueueConfiguration.of(name).setAddress(name).setRoutingType(RoutingType.ANYCAST)
                    .setDurable(true).setLastValue(true));
        } catch (Exception e) {
            throw new IllegalStateException("Could not re-create " + name + " as a last-value queue", e);
        }
        LOG.info("Queue {} re-created as a last-value queue (it was empty; an earlier release created it plain)", name);
        return true;
    }
}
