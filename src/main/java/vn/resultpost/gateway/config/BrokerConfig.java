package vn.resultpost.gateway.config;

import java.util.List;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Redelivery and dead-letter settings of the embedded Artemis broker for the stage queues (and the JMS
 * channel's inbound queue and the rejection reports): a failed
 * message comes back after an exponentially growing delay; the gateway parks it in
 * {@code DLQ.<queue>} with its reason after the last attempt, and the broker moves it there itself
 * should the gateway not. Its management MBeans are registered for Hawtio. An external broker carries the same settings (config/artemis/broker.xml).
 */
@Configuration(proxyBeanMethods = false)
public class BrokerConfig {

    static final String DLQ_PREFIX = "DLQ.";

    @Bean
    ArtemisConfigurationCustomizer gatewayAddressSettings(GatewayProperties props,
                                                          @Value("${gateway.broker.name:localhost}") String brokerName) {
        GatewayProperties.Redelivery r = props.redelivery();
        GatewayProperties.Queues q = props.queues();
        return configuration -> {
            // Its queues show in Hawtio's JMX/Artemis tree (the platform MBean server, read through Jolokia).
            // The name is in the MBeans' names: two gateways in one JVM (tests) need two names.
            configuration.setJMXManagementEnabled(true);
            configuration.setName(brokerName);
            for (String queue : List.of(q.orders(), q.statusEvents(), q.reports(), q.inboundResults(), q.rejections())) {
                configuration.addAddressSetting(queue, new AddressSettings()
                        .setRedeliveryDelay(r.initialDelayMs())
                        .setRedeliveryMultiplier(r.multiplier())
                        .setMaxRedeliveryDelay(r.maxDelayMs())
                        .setRedeliveryCollisionAvoidanceFactor(r.jitter())
                        .setMaxDeliveryAttempts(r.maxAttempts() + 1)
                        .setDeadLetterAddress(SimpleString.of(DLQ_PREFIX + queue)));
            }
            // The JMS channel's refused messages wait here for a person: never dropped after failed replays.
            configuration.addAddressSetting(q.inboundInvalid(), new AddressSettings().setMaxDeliveryAttempts(-1));
        };
    }
}
