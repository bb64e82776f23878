package vn.resultpost.gateway.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.activemq.artemis.core.server.MessageReference;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.utils.collections.LinkedListIterator;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.GatewayTestSupport;
import vn.resultpost.gateway.canonical.StatusReport;
import vn.resultpost.gateway.simulator.DossierSystemSimulator;
import vn.resultpost.gateway.store.OutboxRepository;

/**
 * The report queue is a last-value queue: while the reporting stage waits, a shipment's six status changes leave one
 * report message for it (each names only its shipment), and once the stage runs the dossier system still gets all
 * six statuses, in order, once. The order queue keeps every message.
 */
@TestPropertySource(properties = "simulator.vnpost.scenario=deliver")
class ReportCoalescingFlowTest extends GatewayTestSupport {

    private static final String AGENCY = "000.00.12.H26";

    @Autowired
    EmbeddedActiveMQ broker;

    @Autowired
    CamelContext camel;

    @Autowired
    OutboxRepository outbox;

    @Autowired
    DossierSystemSimulator dossierSystem;

    @Test
    void aWaitingShipmentHoldsOneReportMessageAndStillReportsEveryStatusInOrder() throws Exception {
        Queue reports = broker.getActiveMQServer().locateQueue("gateway.reports");
        assertThat(reports.isLastValue()).isTrue();
        assertThat(broker.getActiveMQServer().locateQueue("gateway.orders").isLastValue()).isFalse();
        List<String> dossiers = List.of("000.00.12.H26-261206-0901", "000.00.12.H26-261206-0902");
        List<String> shipments = new ArrayList<>();
        camel.getRouteController().stopRoute("status-reporting");
        try {
            for (String dossier : dossiers) {
                assertThat(post("/api/v1/results", Fixtures.result(dossier)).statusCode()).isEqualTo(202);
                shipments.add(view(AGENCY, dossier).path("shipmentId").asText());
            }
            for (String dossier : dossiers) {
                await().atMost(Duration.ofSeconds(30)).until(() -> view(AGENCY, dossier).path("timeline")
                        .findValuesAsText("reportState").equals(Collections.nCopies(6, "PENDING")));
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> outbox.pending() == 0);

            List<String> waiting = groupsWaitingIn(reports);
            for (String shipment : shipments) {
                assertThat(waiting).as("report messages waiting for " + shipment + " after six status changes")
                        .containsOnlyOnce(shipment);
            }
        } finally {
            camel.getRouteController().startRoute("status-reporting");
        }
        for (String dossier : dossiers) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(dossierSystem.callbacks(AGENCY, dossier)).extracting(StatusReport::status)
                            .containsExactlyElementsOf(DELIVERED_LIFECYCLE));
        }
    }

    private static List<String> groupsWaitingIn(Queue queue) throws Exception {
        List<String> groups = new ArrayList<>();
        try (LinkedListIterator<MessageReference> messages = queue.browserIterator()) {
            while (messages.hasNext()) {
                groups.add(String.valueOf(messages.next().getMessage().getGroupID()));
            }
        }
        return groups;
    }
}
