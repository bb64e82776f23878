package vn.resultpost.gateway.config;

import java.util.List;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Redelivery and dead-letter settings of the embedded Artemis broker for the stage queues (and the JMS
 * channel's inbound queue and the rejection reports): a failed
 * message comes back after an exponentially growing delay; the gateway parks it in
 * {@code DLQ.<queue>} with its reason after the last attempt, and the broker moves it there itself
 * should the gateway not. Its management MBeans are registered for Hawtio. An external broker carries the same settings (config/artemis/broker.xml).
 * Memory is bounded ({@link BrokerProperties}): queued messages beyond {@code global-max-size} are paged to disk,
 * each consumer buffers at most {@code consumer-window-size} ahead (Artemis' default is 1 MiB per consumer), and
 * message groups share {@code group-buckets} buckets (Artemis' default table grows with every group ever seen), and
 * a paged address reads and writes {@code page-size} files. The report queue is a last-value queue: a newer report
 * message for a shipment replaces one not yet delivered (each names only its shipment).
 */
@Configuration(proxyBeanMethods = false)
public class BrokerConfig {

    static final String DLQ_PREFIX = "DLQ.";
    private static final String ALL = "#";

    @Bean
    ArtemisConfigurationCustomizer gatewayAddressSettings(GatewayProperties props, BrokerProperties broker) {
        GatewayProperties.Redelivery r = props.redelivery();
        GatewayProperties.Queues q = props.queues();
        return configuration -> {
            // Its queues show in Hawtio's JMX/Artemis tree (the platform MBean server, read through Jolokia).
            // The name is in the MBeans' names: two gateways in one JVM (tests) need two names.
            configuration.setJMXManagementEnabled(true);
            configuration.setName(broker.name());
            configuration.setGlobalMaxSize(broker.globalMaxSize().toBytes());
            for (String queue : List.of(q.orders(), q.statusEvents(), q.reports(), q.inboundResults(), q.rejections())) {
                configuration.addAddressSetting(queue, new AddressSettings()
                        .setRedeliveryDelay(r.initialDelayMs())
                        .setRedeliveryMultiplier(r.multiplier())
                        .setMaxRedeliveryDelay(r.maxDelayMs())
                        .setRedeliveryCollisionAvoidanceFactor(r.jitter())
                        .setMaxDeliveryAttempts(r.maxAttempts() + 1)
                        .setDeadLetterAddress(SimpleString.of(DLQ_PREFIX + queue)));
            }
            // A report message only wakes the reporter for its shipment (it reports every pending timeline entry):
            // a newer one replaces one still waiting, so a backlog holds one per shipment, not one per status.
            configuration.getAddressSettings().get(q.reports()).setDefaultLastValueQueue(true);
            // The JMS channel's refused messages wait here for a person: never dropped after failed replays.
            configuration.addAddressSetting(q.inboundInvalid(), new AddressSettings().setMaxDeliveryAttempts(-1));
            // Every address (the stage queues, the agencies' report topics): message groups (one per shipment or
            // dossier) share a fixed number of buckets; Artemis' default keeps a table entry per group for ever.
            // Added to Spring Boot's own catch-all setting (its DLQ and ExpiryQueue), not in place of it.
            AddressSettings all = configuration.getAddressSettings().get(ALL);
            if (all == null) {
                all = new AddressSettings();
                configuration.addAddressSetting(ALL, all);
            }
            all.setDefaultGroupBuckets(broker.groupBuckets());
            all.setPageSizeBytes((int) broker.pageSize().toBytes());
        };
    }

    /**
     * Sets the consumer window of the JMS connection factory (embedded or external broker) before its first use.
     * A post-processor is created before the other beans, so it binds gateway.broker.* itself rather than ask for
     * the {@link BrokerProperties} bean (which would then be created too early).
     */
    @Bean
    public static BeanPostProcessor consumerWindow(Environment environment) {
        int window = (int) Binder.get(environment).bind("gateway.broker", BrokerProperties.class)
                .orElseGet(BrokerProperties::defaults).consumerWindowSize().toBytes();
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                ArtemisFactories.of(bean).ifPresent(artemis -> artemis.setConsumerWindowSize(window));
                return bean;
            }
        };
    }
}
