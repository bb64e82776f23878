package vn.resultpost.gateway.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.UUID;
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

/**
 * The full-flow tests again with the {@code external-broker} profile against a real standalone
 * Artemis broker in a second JVM, configured by config/artemis/broker.xml.
 */
@ActiveProfiles("external-broker")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Import(ExternalBrokerFullFlowTest.BrokerLifecycle.class)
class ExternalBrokerFullFlowTest extends FullFlowTest {

    private static Process broker;

    @Autowired
    ApplicationContext context;

    @Test
    void noEmbeddedBrokerRunsInTheGateway() {
        assertThat(context.getBeanNamesForType(EmbeddedActiveMQ.class)).isEmpty();
        assertThat(broker.isAlive()).isTrue();
    }

    @DynamicPropertySource
    static void externalBroker(DynamicPropertyRegistry registry) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        broker = StandaloneArtemis.start(port, Path.of("target", "test-data", "broker-" + UUID.randomUUID()),
                "gateway.redelivery.initial-delay-ms=200", "gateway.redelivery.max-delay-ms=1000");
        registry.add("spring.artemis.broker-url", () -> "tcp://127.0.0.1:" + port);
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
