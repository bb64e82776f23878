package vn.resultpost.gateway.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.util.unit.DataSize;
import vn.resultpost.gateway.config.BrokerConfig;
import vn.resultpost.gateway.config.BrokerProperties;

/** The broker's memory bounds (gateway.broker.*): their defaults, their checks, and where they are applied. */
class BrokerMemoryBoundsTest {

    @Test
    void defaultsBoundEachConsumerTo64KiBTheEmbeddedBrokerTo32MiBTheGroupsTo1024BucketsAndPagesTo1MiB() {
        BrokerProperties defaults = BrokerProperties.defaults();

        assertThat(defaults.name()).isEqualTo("localhost");
        assertThat(defaults.consumerWindowSize()).isEqualTo(DataSize.ofKilobytes(64));
        assertThat(defaults.globalMaxSize()).isEqualTo(DataSize.ofMegabytes(32));
        assertThat(defaults.groupBuckets()).isEqualTo(1024);
        assertThat(defaults.pageSize()).as("Artemis' own: 10 MiB").isEqualTo(DataSize.ofMegabytes(1));
    }

    @Test
    void aNegativeWindowANonPositiveBrokerBoundOrUnboundedGroupsAreRefusedNamingTheProperty() {
        assertThatThrownBy(() -> new BrokerProperties(null, DataSize.ofBytes(-1), null, null, null))
                .hasMessageContaining("gateway.broker.consumer-window-size");
        assertThatThrownBy(() -> new BrokerProperties(null, null, DataSize.ofBytes(0), null, null))
                .hasMessageContaining("gateway.broker.global-max-size");
        assertThatThrownBy(() -> new BrokerProperties(null, null, null, -1, null))
                .hasMessageContaining("gateway.broker.group-buckets must be at least 1");
        assertThatThrownBy(() -> new BrokerProperties(null, null, null, 0, null))
                .hasMessageContaining("gateway.broker.group-buckets must be at least 1");
        assertThatThrownBy(() -> new BrokerProperties(null, null, null, null, DataSize.ofBytes(100)))
                .hasMessageContaining("gateway.broker.page-size must be between 1KB and 2GB");
    }

    @Test
    void theConsumerWindowIsSetOnTheArtemisFactoryBehindSpringsCachingFactory() {
        BeanPostProcessor window = BrokerConfig.consumerWindow(
                new MockEnvironment().withProperty("gateway.broker.consumer-window-size", "16KB"));
        ActiveMQConnectionFactory artemis = new ActiveMQConnectionFactory("vm://0");
        CachingConnectionFactory caching = new CachingConnectionFactory(artemis);

        window.postProcessAfterInitialization(caching, "jmsConnectionFactory");

        assertThat(artemis.getConsumerWindowSize()).isEqualTo(16 * 1024);
    }

    @Test
    void zeroTurnsConsumerBufferingOff() {
        BeanPostProcessor window = BrokerConfig.consumerWindow(
                new MockEnvironment().withProperty("gateway.broker.consumer-window-size", "0"));
        ActiveMQConnectionFactory artemis = new ActiveMQConnectionFactory("vm://0");

        window.postProcessAfterInitialization(artemis, "jmsConnectionFactory");

        assertThat(artemis.getConsumerWindowSize()).isZero();
    }
}
