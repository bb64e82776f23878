package vn.resultpost.gateway.config;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Makes the embedded broker's report queue a last-value queue where an earlier release created it as a plain one
 * (Artemis keeps a stored queue's kind whatever its settings say now): at start-up, before any route consumes, and
 * only when it holds no message. A queue that holds some is left as it is and converted at a later start.
 */
@Component
public class ReportQueueUpgrade implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(ReportQueueUpgrade.class);

    private final ObjectProvider<EmbeddedActiveMQ> broker;
    private final String queueName;

    public ReportQueueUpgrade(ObjectProvider<EmbeddedActiveMQ> broker, GatewayProperties props) {
        this.broker = broker;
        this.queueName = props.queues().reports();
    }

    @Override
    public void afterSingletonsInstantiated() {
        EmbeddedActiveMQ embedded = broker.getIfAvailable();
        if (embedded != null) {
            upgrade(embedded.getActiveMQServer(), queueName);
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
