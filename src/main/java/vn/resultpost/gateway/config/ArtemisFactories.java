package vn.resultpost.gateway.config;

import java.util.Optional;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.jms.connection.CachingConnectionFactory;

/** The Artemis connection factory behind the gateway's own (itself, or inside Spring's caching factory). */
final class ArtemisFactories {

    private ArtemisFactories() {
    }

    /** The Artemis factory {@code factory} is or wraps; empty for any other object. */
    static Optional<ActiveMQConnectionFactory> of(Object factory) {
        Object target = factory instanceof CachingConnectionFactory caching ? caching.getTargetConnectionFactory() : factory;
        return target instanceof ActiveMQConnectionFactory artemis ? Optional.of(artemis) : Optional.empty();
    }
}
