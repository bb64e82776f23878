package vn.resultpost.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMConnectorFactory;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jms.connection.CachingConnectionFactory;

/** Queue browsers list every message of a queue many consumer windows long, on the gateway's broker. */
class QueueBrowsingTest {

    private static final String SERVER_ID = "41";
    private static final int MESSAGES = 300;
    private static EmbeddedActiveMQ broker;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = new EmbeddedActiveMQ();
        broker.setConfiguration(new ConfigurationImpl().setPersistenceEnabled(false).setSecurityEnabled(false)
                .addAcceptorConfiguration("in-vm", "vm://" + SERVER_ID));
        broker.start();
    }

    @AfterAll
    static void stopBroker() throws Exception {
        broker.stop();
    }

    @Test
    void aQueueOfManyWindowsIsListedWholeAndInOrderEveryTime() throws Exception {
        ActiveMQConnectionFactory artemis = gatewayFactory();
        CachingConnectionFactory gateway = new CachingConnectionFactory(artemis);
        List<String> sent = fill(gateway, "browse.whole");

        try (QueueBrowsing browsing = new QueueBrowsing(gateway)) {
            for (int i = 0; i < 20; i++) {
                assertThat(browse(browsing.connectionFactory(), "browse.whole")).as("listing %d", i).isEqualTo(sent);
            }
        }
        assertThat(artemis.getConsumerWindowSize()).as("the gateway's own window untouched").isEqualTo(64 * 1024);
        gateway.destroy();
    }

    @Test
    void theBrowsingFactoryReachesTheSameBrokerWithTheSameCredentials() {
        ActiveMQConnectionFactory artemis = gatewayFactory();
        artemis.setUser("gateway");
        artemis.setPassword("secret");

        try (QueueBrowsing browsing = new QueueBrowsing(artemis)) {
            ActiveMQConnectionFactory copy = (ActiveMQConnectionFactory) browsing.connectionFactory();
            assertThat(copy).isNotSameAs(artemis);
            assertThat(copy.getUser()).isEqualTo("gateway");
            assertThat(copy.getPassword()).isEqualTo("secret");
            assertThat(copy.getConsumerWindowSize()).isZero();
            assertThat(copy.getServerLocator().getStaticTransportConfigurations())
                    .containsExactly(artemis.getServerLocator().getStaticTransportConfigurations());
        }
    }

    @Test
    void anotherBrokersFactoryIsUsedAsItIsAndNotClosed() {
        ConnectionFactory other = mock(ConnectionFactory.class);

        try (QueueBrowsing browsing = new QueueBrowsing(other)) {
            assertThat(browsing.connectionFactory()).isSameAs(other);
        }
        verifyNoInteractions(other);
    }

    /** As Spring Boot builds the embedded broker's factory, with the gateway's 64 KB consumer window. */
    private static ActiveMQConnectionFactory gatewayFactory() {
        ActiveMQConnectionFactory f = new ActiveMQConnectionFactory(ActiveMQClient.createServerLocatorWithoutHA(
                new TransportConfiguration(InVMConnectorFactory.class.getName(), Map.of("serverId", SERVER_ID))));
        f.setConsumerWindowSize(64 * 1024);
        return f;
    }

    /** Sends messages of 2.0-3.5 KB (about 25 to a window); returns their bodies in order. */
    private static List<String> fill(ConnectionFactory factory, String queue) throws JMSException {
        List<String> bodies = new ArrayList<>();
        try (Connection c = factory.createConnection()) {
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = s.createProducer(s.createQueue(queue));
            for (int i = 0; i < MESSAGES; i++) {
                String body = i + ":" + "x".repeat(2000 + (i * 37) % 1500);
                producer.send(s.createTextMessage(body));
                bodies.add(body);
            }
        }
        return bodies;
    }

    private static List<String> browse(ConnectionFactory factory, String queue) throws JMSException {
        List<String> bodies = new ArrayList<>();
        try (Connection c = factory.createConnection()) {
            c.start();
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            try (QueueBrowser browser = s.createBrowser(s.createQueue(queue))) {
                for (Object m : Collections.list(browser.getEnumeration())) {
                    bodies.add(((Message) m).getBody(String.class));
                }
            }
        }
        return bodies;
    }
}
