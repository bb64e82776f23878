package vn.resultpost.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientProducer;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jms.connection.CachingConnectionFactory;

/**
 * A data folder of an earlier release holds gateway.reports as a plain queue, which Artemis keeps whatever the
 * settings say now: the gateway re-creates it as a last-value queue when it is empty, and leaves it when it is not. An
 * external broker's plain one is named in a warning.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReportQueueUpgradeTest {

    private static final String REPORTS = "gateway.reports";
    /** In-VM ids far above those of the gateways' embedded brokers in the same test JVM (0, 1, 2, ... per context). */
    private static final String IN_VM = "vm://9301";
    private static final String NOWHERE = "vm://9397";

    @TempDir
    Path data;

    @Test
    void anEmptyPlainReportQueueBecomesALastValueQueueAndStaysOneAfterARestart() throws Exception {
        stop(start(false));

        EmbeddedActiveMQ upgraded = start(true);
        assertThat(upgraded.getActiveMQServer().locateQueue(REPORTS).isLastValue()).as("kept as stored").isFalse();
        assertThat(ReportQueueUpgrade.upgrade(upgraded.getActiveMQServer(), REPORTS)).isTrue();
        assertThat(upgraded.getActiveMQServer().locateQueue(REPORTS).isLastValue()).isTrue();
        stop(upgraded);

        EmbeddedActiveMQ restarted = start(true);
        assertThat(restarted.getActiveMQServer().locateQueue(REPORTS).isLastValue()).isTrue();
        assertThat(ReportQueueUpgrade.upgrade(restarted.getActiveMQServer(), REPORTS)).as("nothing left to do").isFalse();
        stop(restarted);
    }

    @Test
    void aPlainReportQueueHoldingMessagesIsLeftWithThem() throws Exception {
        EmbeddedActiveMQ old = start(false);
        try (ServerLocator locator = ActiveMQClient.createServerLocator(IN_VM);
             ClientSessionFactory sessions = locator.createSessionFactory();
             ClientSession session = sessions.createSession();
             ClientProducer producer = session.createProducer(REPORTS)) {
            producer.send(session.createMessage(true).putStringProperty("_AMQ_GROUP_ID", "S-1"));
        }
        stop(old);

        EmbeddedActiveMQ upgraded = start(true);
        assertThat(ReportQueueUpgrade.upgrade(upgraded.getActiveMQServer(), REPORTS)).isFalse();
        assertThat(upgraded.getActiveMQServer().locateQueue(REPORTS).isLastValue()).isFalse();
        assertThat(upgraded.getActiveMQServer().locateQueue(REPORTS).getMessageCount()).isEqualTo(1);
        stop(upgraded);
    }

    @Test
    void anExternalBrokersPlainReportQueueIsNamedInAWarningAndALastValueOneIsNot(CapturedOutput output) throws Exception {
        EmbeddedActiveMQ external = start(false);
        try (ActiveMQConnectionFactory artemis = new ActiveMQConnectionFactory(IN_VM)) {
            CachingConnectionFactory gateways = new CachingConnectionFactory(artemis);
            assertThat(ReportQueueUpgrade.checkExternal(gateways, REPORTS)).isEqualTo(ReportQueueUpgrade.Kind.PLAIN);
            assertThat(output).contains("Queue gateway.reports on the external broker is a plain queue");
            assertThat(ReportQueueUpgrade.checkExternal(gateways, "gateway.no-such-queue"))
                    .isEqualTo(ReportQueueUpgrade.Kind.ABSENT);

            ReportQueueUpgrade.upgrade(external.getActiveMQServer(), REPORTS);
            assertThat(ReportQueueUpgrade.checkExternal(gateways, REPORTS)).isEqualTo(ReportQueueUpgrade.Kind.LAST_VALUE);
            gateways.destroy();
        } finally {
            stop(external);
        }
        assertThat(output.toString().split("on the external broker is a plain queue", -1)).hasSize(2);
    }

    @Test
    void aBrokerThatCannotBeAskedIsNoReasonToFail() {
        try (ActiveMQConnectionFactory nowhere = new ActiveMQConnectionFactory(NOWHERE)) {
            assertThat(ReportQueueUpgrade.checkExternal(nowhere, REPORTS)).isEqualTo(ReportQueueUpgrade.Kind.UNKNOWN);
        }
    }

    private EmbeddedActiveMQ start(boolean lastValueSetting) throws Exception {
        ConfigurationImpl config = new ConfigurationImpl();
        config.setPersistenceEnabled(true).setSecurityEnabled(false).setJMXManagementEnabled(false)
                .addAcceptorConfiguration("in-vm", IN_VM);
        config.setJournalDirectory(data.resolve("journal").toString())
                .setBindingsDirectory(data.resolve("bindings").toString())
                .setPagingDirectory(data.resolve("paging").toString())
                .setLargeMessagesDirectory(data.resolve("large").toString());
        config.addQueueConfiguration(QueueConfiguration.of(REPORTS).setRoutingType(RoutingType.ANYCAST));
        if (lastValueSetting) {
            config.addAddressSetting(REPORTS, new AddressSettings().setDefaultLastValueQueue(true));
        }
        EmbeddedActiveMQ broker = new EmbeddedActiveMQ().setConfiguration(config);
        broker.start();
        return broker;
    }

    private static void stop(EmbeddedActiveMQ broker) throws Exception {
        broker.stop();
    }
}
