package vn.resultpost.gateway.config;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Redelivery and dead-letter settings of the embedded Artemis broker for the gateway's queues:
 * a failed message comes back after an exponentially growing delay and, after the last attempt,
 * moves to {@code DLQ.<queue>}. An external broker carries the same settings in its broker.xml.
 */
@Configuration(proxyBeanMethods = false)
public class BrokerConfig {

    @Bean
    ArtemisConfigurationCustomizer gatewayAddressSettings(GatewayProperties props) {
        GatewayProperties.Redelivery r = props.redelivery();
        return configuration -> configuration.addAddressSetting("gateway.#", new AddressSettings()
                .setRedeliveryDelay(r.initialDelayMs())
                .setRedeliveryMultiplier(r.multiplier())
                .setMaxRedeliveryDelay(r.maxDelayMs())
                .setMaxDeliveryAttempts(r.maxAttempts() + 1)
                .setAutoCreateDeadLetterResources(true)
                .setDeadLetterQueuePrefix(SimpleString.of("DLQ."))
                .setDeadLetterAddress(SimpleString.of("DLA")));
    }
}
