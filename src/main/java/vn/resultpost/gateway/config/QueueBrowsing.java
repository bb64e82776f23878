package vn.resultpost.gateway.config;

import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * The connection factory for queue browsers: the gateway's Artemis broker with no consumer window. A browser ends its
 * listing when the broker has no credit left to send the next message at the moment it asks, so with the gateway's
 * 64 KB window ({@code gateway.broker.consumer-window-size}) a queue of ~300 messages of ~2 KB listed anything from 14
 * to all 300; without a window the broker sends each message as the browser asks for it, and the listing is whole.
 */
public final class QueueBrowsing implements AutoCloseable {

    private final ConnectionFactory factory;
    private final ActiveMQConnectionFactory own;

    /** Browses the broker of {@code gatewayFactory} (Artemis, possibly behind Spring's caching factory). */
    public QueueBrowsing(ConnectionFactory gatewayFactory) {
        this.own = ArtemisFactories.of(gatewayFactory).map(QueueBrowsing::windowless).orElse(null);
        this.factory = own != null ? own : gatewayFactory;
    }

    /** The factory to create browsers with. */
    public ConnectionFactory connectionFactory() {
        return factory;
    }

    /** Closes the browsing factory's connections to the broker (not the gateway's). */
    @Override
    public void close() {
        if (own != null) {
            own.close();
        }
    }

    /** The same broker (its transports or discovery group, and credentials), consumer window 0. */
    private static ActiveMQConnectionFactory windowless(ActiveMQConnectionFactory artemis) {
        ServerLocator locator = artemis.getServerLocator();
        ActiveMQConnectionFactory copy = locator.getDiscoveryGroupConfiguration() != null
                ? new ActiveMQConnectionFactory(locator.isHA(), locator.getDiscoveryGroupConfiguration())
                : new ActiveMQConnectionFactory(locator.isHA(), locator.getStaticTransportConfigurations());
        copy.setUser(artemis.getUser());
        copy.setPassword(artemis.getPassword());
        copy.setConsumerWindowSize(0);
        return copy;
    }
}
