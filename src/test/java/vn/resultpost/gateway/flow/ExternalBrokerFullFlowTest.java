package vn.resultpost.gateway.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.UUID;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.resultpost.gateway.broker.StandaloneArtemis;
import vn.resultpost.gateway.channel.jms.JmsTestClient;
import vn.resultpost.gateway.config.ReportQueueUpgrade;

/**
 * The full-flow tests again with the {@code external-broker} profile against a real standalone
 * Artemis broker in a second JVM, configured by config/artemis/broker.xml.
 */
@ActiveProfiles("external-broker")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Import(ExternalBrokerFullFlowTest.BrokerLifecycle.class)
class ExternalBrokerFullFlowTest extends FullFlowTest {

    private static Process broker;
    private static String brokerUrl;

    @Autowired
    ApplicationContext context;

    @Test
    void noEmbeddedBrokerRunsInTheGateway() {
        assertThat(context.getBeanNamesForType(EmbeddedActiveMQ.class)).isEmpty();
        assertThat(broker.isAlive()).isTrue();
    }

    /** broker.xml makes the report queue a last-value queue, as the embedded broker's is (ReportCoalescingFlowTest). */
    @Test
    void theReportQueueAloneIsALastValueQueue() throws Exception {
        try (ServerLocator locator = ActiveMQClient.createServerLocator(brokerUrl);
             ClientSessionFactory sessions = locator.createSessionFactory();
             ClientSession session = sessions.createSession()) {
            assertThat(session.queueQuery(SimpleString.of("gateway.reports")).isLastValue()).isTrue();
            assertThat(session.queueQuery(SimpleString.of("gateway.orders")).isLastValue()).isFalse();
            assertThat(session.queueQuery(SimpleString.of("gateway.status-events")).isLastValue()).isFalse();
        }
        assertThat(ReportQueueUpgrade.checkExternal(connectionFactory, "gateway.reports"))
                .as("what the gateway's start-up check finds, through its own connection factory")
                .isEqualTo(ReportQueueUpgrade.Kind.LAST_VALUE);
    }

    @Autowired
    jakarta.jms.ConnectionFactory connectionFactory;

    @Autowired
    vn.resultpost.gateway.simulator.DossierSystemSimulator dossiers;

    /** The JMS channel's queues are declared in broker.xml: a refused result is parked there and reported. */
    @Test
    void jmsChannelParksARefusedResultOnTheExternalBrokerAndReportsIt() {
        String dossier = "000.00.12.H26-261128-X001";
        String body = vn.resultpost.gateway.Fixtures.result(dossier).replace("+84 912.345.678", "12345");
        JmsTestClient client = new JmsTestClient(connectionFactory);
        JmsTestClient.Found reply = client.request("gateway.inbound.results", body, "x-1", java.time.Duration.ofSeconds(20));

        assertThat(reply.property("gatewayOutcome")).isEqualTo("REJECTED");
        assertThat(client.browse("gateway.inbound.results.invalid")).anySatisfy(f -> assertThat(f.body()).isEqualTo(body));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> dossiers
                .callbacks("000.00.12.H26", dossier).stream().anyMatch(r -> r.description().contains("applicant.phone")));
    }

    @DynamicPropertySource
    static void externalBroker(DynamicPropertyRegistry registry) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        broker = StandaloneArtemis.start(port, Path.of("target", "test-data", "broker-" + UUID.randomUUID()),
                "gateway.redelivery.initial-delay-ms=200", "gateway.redelivery.max-delay-ms=1000");
        brokerUrl = "tcp://127.0.0.1:" + port;
        registry.add("spring.artemis.broker-url", () -> brokerUrl);
    }

    /** Stops the broker JVM when the context closes (after the JMS consumers have stopped). */
    @TestConfiguration
    static class BrokerLifecycle {
        @Bean
        DisposableBean standaloneBroker() {
            return () -> broker.destroyForcibly().waitFor();
        }
    }
}
