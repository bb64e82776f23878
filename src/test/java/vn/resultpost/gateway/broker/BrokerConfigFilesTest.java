package vn.resultpost.gateway.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.activemq.artemis.core.config.CoreAddressConfiguration;
import org.apache.activemq.artemis.core.config.FileDeploymentManager;
import org.apache.activemq.artemis.core.config.ha.SharedStoreBackupPolicyConfiguration;
import org.apache.activemq.artemis.core.config.ha.SharedStorePrimaryPolicyConfiguration;
import org.apache.activemq.artemis.core.config.impl.FileConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The production broker files as Artemis reads them: the single broker (broker.xml) and the HA pair
 * (ha/primary.xml, ha/backup.xml) each get the shared parts (common/*.xml, by XInclude): every queue of the
 * gateway, its dead-letter and redelivery settings, the roles; the pair its shared-store policy.
 */
class BrokerConfigFilesTest {

    @ParameterizedTest
    @ValueSource(strings = {"broker.xml", "ha/primary.xml", "ha/backup.xml"})
    void everyBrokerFileDeclaresTheGatewaysQueuesSettingsAndRoles(String file) throws Exception {
        FileConfiguration config = read(file);

        assertThat(config.getAddressConfigurations()).extracting(CoreAddressConfiguration::getName)
                .contains("gateway.orders", "gateway.status-events", "gateway.reports", "gateway.inbound.results",
                        "gateway.inbound.results.invalid", "gateway.rejections", "DLQ.gateway.orders",
                        "gateway.status-reports", "DLQ", "ExpiryQueue");
        assertThat(config.getAddressSettings().get("gateway.orders").getDeadLetterAddress().toString())
                .isEqualTo("DLQ.gateway.orders");
        assertThat(config.getAddressSettings().get("gateway.orders").getRedeliveryMultiplier()).isEqualTo(2.0);
        assertThat(config.getAddressSettings().get("#").getDefaultGroupBuckets()).as("bounded group table").isEqualTo(1024);
        assertThat(config.getAddressSettings().get("#").getPageSizeBytes()).as("1 MiB page files").isEqualTo(1 << 20);
        assertThat(config.getAddressSettings().get("gateway.reports").isDefaultLastValueQueue()).isTrue();
        assertThat(config.getAddressSettings().get("gateway.orders").isDefaultLastValueQueue()).isFalse();
        assertThat(config.getAddressSettings().get("#").getDeadLetterAddress().toString()).isEqualTo("DLQ");
        assertThat(config.getAddressSettings().get("#").getExpiryAddress().toString()).isEqualTo("ExpiryQueue");
        assertThat(config.getSecurityRoles().get("gateway.inbound.results"))
                .anySatisfy(role -> assertThat(role.getName()).isEqualTo("dossier-system"));
        assertThat(config.isPersistenceEnabled()).isTrue();
        assertThat(config.isJournalDatasync()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ha/primary.xml", "ha/backup.xml"})
    void theHaPairSharesOneStoreAndAnnouncesItselfToClients(String file) throws Exception {
        FileConfiguration config = read(file);

        if (file.contains("primary")) {
            assertThat(config.getHAPolicyConfiguration()).isInstanceOfSatisfying(
                    SharedStorePrimaryPolicyConfiguration.class, p -> assertThat(p.isFailoverOnServerShutdown()).isTrue());
        } else {
            assertThat(config.getHAPolicyConfiguration()).isInstanceOfSatisfying(
                    SharedStoreBackupPolicyConfiguration.class, p -> assertThat(p.isAllowFailBack()).isTrue());
        }
        assertThat(config.getClusterConfigurations()).singleElement()
                .satisfies(c -> assertThat(c.getStaticConnectors()).hasSize(1));
        assertThat(config.getConnectorConfigurations()).containsKeys("primary", "backup");
    }

    private static FileConfiguration read(String file) throws Exception {
        FileConfiguration config = new FileConfiguration();
        FileDeploymentManager deployment = new FileDeploymentManager(
                Path.of("config/artemis", file).toAbsolutePath().toUri().toString());
        deployment.addDeployable(config);
        deployment.readConfiguration();
        return config;
    }
}
