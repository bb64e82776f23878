package vn.resultpost.gateway.channel.jms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The embedded broker's optional TCP acceptor is warned about unless it listens on a loopback address. */
class JmsChannelBrokerTest {

    @Test
    void onlyLoopbackAddressesCountAsLocal() {
        assertThat(JmsChannelBroker.loopback("tcp://127.0.0.1:61616")).isTrue();
        assertThat(JmsChannelBroker.loopback("tcp://localhost:61616?protocols=CORE")).isTrue();
        assertThat(JmsChannelBroker.loopback("tcp://[::1]:61616")).isTrue();
        assertThat(JmsChannelBroker.loopback("tcp://0.0.0.0:61616")).isFalse();
        assertThat(JmsChannelBroker.loopback("tcp://10.1.2.3:61616")).isFalse();
        assertThat(JmsChannelBroker.loopback("not a url")).isFalse();
    }
}
