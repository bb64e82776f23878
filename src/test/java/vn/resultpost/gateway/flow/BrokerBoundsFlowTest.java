package vn.resultpost.gateway.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.ConnectionFactory;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.paging.PagingStore;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.test.context.TestPropertySource;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.GatewayTestSupport;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.canonical.StatusReport;
import vn.resultpost.gateway.simulator.DossierSystemSimulator;

/**
 * The embedded broker's memory bounds, end to end. gateway.broker.global-max-size: with the reporting stage
 * stopped, the reports of a few dozen results overflow a bound of 16 KB and are paged to disk; once the stage
 * runs again, every report of every result reaches the dossier system, in order, once. The consumers' window
 * (gateway.broker.consumer-window-size) is at its default. gateway.broker.group-buckets: the message groups that
 * keep each shipment's events and reports in order (one group per shipment) share a fixed number of buckets, so
 * the broker's group table stops growing with every shipment ever handled.
 */
@TestPropertySource(properties = {
        "simulator.vnpost.scenario=deliver",
        "simulator.vnpost.step-delay=20ms",
        "gateway.broker.global-max-size=16KB",
        "gateway.broker.group-buckets=8"})
class BrokerBoundsFlowTest extends GatewayTestSupport {

    private static final int RESULTS = 30;

    @Autowired
    EmbeddedActiveMQ broker;

    @Autowired
    CamelContext camel;

    @Autowired
    DossierSystemSimulator restDossierSystem;

    @Autowired
    ConnectionFactory gatewayConnections;

    @Test
    void reportsPagedToDiskAreAllDeliveredInOrderOnceTheStageRunsAgain() throws Exception {
        assertThat(broker.getActiveMQServer().getConfiguration().getGlobalMaxSize()).isEqualTo(16 * 1024);
        assertThat(((ActiveMQConnectionFactory) ((CachingConnectionFactory) gatewayConnections)
                .getTargetConnectionFactory()).getConsumerWindowSize()).as("default consumer window").isEqualTo(65536);
        camel.getRouteController().stopRoute("status-reporting");
        List<String> dossiers = IntStream.rangeClosed(1, RESULTS).mapToObj(i -> "000.00.12.H26-261204-" + (7000 + i))
                .toList();
        for (String dossier : dossiers) {
            assertThat(post("/api/v1/results", Fixtures.result(dossier)).statusCode()).isEqualTo(202);
        }
        PagingStore reports = broker.getActiveMQServer().getPagingManager()
                .getPageStore(SimpleString.of("gateway.reports"));
        await().atMost(Duration.ofSeconds(60)).until(reports::isPaging);

        camel.getRouteController().startRoute("status-reporting");
        for (String dossier : dossiers) {
            await().atMost(Duration.ofSeconds(60)).until(() -> view("000.00.12.H26", dossier).path("timeline")
                    .findValuesAsText("reportState").equals(List.of("REPORTED", "REPORTED", "REPORTED", "REPORTED",
                            "REPORTED", "REPORTED")));
            assertThat(reportedStatuses(dossier)).as(dossier).isEqualTo(DELIVERED_LIFECYCLE);
        }
    }

    @Test
    void theGroupsOfManyShipmentsShareTheConfiguredBucketsAndStayInOrder() throws Exception {
        List<String> dossiers = IntStream.rangeClosed(1, RESULTS).mapToObj(i -> "000.00.12.H26-261204-" + (8000 + i))
                .toList();
        for (String dossier : dossiers) {
            assertThat(post("/api/v1/results", Fixtures.result(dossier)).statusCode()).isEqualTo(202);
        }
        for (String dossier : dossiers) {
            await().atMost(Duration.ofSeconds(60)).until(() -> reportedStatuses(dossier).size() == 6);
            assertThat(reportedStatuses(dossier)).as(dossier).isEqualTo(DELIVERED_LIFECYCLE);
        }

        var catchAll = broker.getActiveMQServer().getAddressSettingsRepository().getMatch("any.other.address");
        assertThat(catchAll.getDefaultGroupBuckets()).isEqualTo(8);
        assertThat(String.valueOf(catchAll.getDeadLetterAddress())).as("Spring Boot's catch-all dead-letter address kept")
                .isEqualTo("DLQ");
        assertThat(String.valueOf(catchAll.getExpiryAddress())).as("and its expiry address").isEqualTo("ExpiryQueue");
        for (String queue : List.of("gateway.status-events", "gateway.reports")) {
            assertThat(broker.getActiveMQServer().locateQueue(queue).getGroupCount())
                    .as("message groups held by " + queue + " after " + RESULTS + " shipments").isBetween(1, 8);
        }
    }

    private List<ShipmentStatus> reportedStatuses(String dossier) {
        return restDossierSystem.callbacks("000.00.12.H26", dossier).stream().map(StatusReport::status).toList();
    }
}
