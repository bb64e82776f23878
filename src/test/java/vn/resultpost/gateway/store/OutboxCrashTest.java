package vn.resultpost.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.GatewayTestSupport;
import vn.resultpost.gateway.canonical.StatusReport;
import vn.resultpost.gateway.simulator.DossierSystemSimulator;
import vn.resultpost.gateway.simulator.VnpostSimulator;

/**
 * A crash between the database write and the queue send, both ways round: before the send the
 * message waits in the outbox and goes when the relay runs again; after the send but before the
 * outbox row is deleted the message goes twice and the idempotent stages change nothing the second time.
 */
@TestPropertySource(properties = "simulator.vnpost.scenario=deliver")
class OutboxCrashTest extends GatewayTestSupport {

    private static final String AGENCY = "000.00.12.H26";

    @Autowired
    CamelContext camel;

    @Autowired
    OutboxRepository outbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DossierSystemSimulator dossierSystem;

    @Autowired
    VnpostSimulator vnpost;

    @Autowired
    MeterRegistry meters;

    @Autowired
    EmbeddedActiveMQ broker;

    @Test
    void crashAfterTheDatabaseWriteBeforeTheSendLosesNothing() throws Exception {
        String dossier = "000.00.12.H26-261128-0701";
        camel.getRouteController().stopRoute("outbox-relay");
        try {
            assertThat(post("/api/v1/results", Fixtures.result(dossier)).statusCode()).isEqualTo(202);
            String id = shipmentId(dossier);
            assertThat(outbox.pending()).isGreaterThanOrEqualTo(2);
            assertThat(meters.get("gateway.outbox.pending").gauge().value()).as("the backlog an admin sees")
                    .isEqualTo(outbox.pending());
            assertThat(vnpost.ordersFor(id)).isZero();
        } finally {
            camel.getRouteController().startRoute("outbox-relay");
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(dossierSystem.callbacks(AGENCY, dossier)).extracting(StatusReport::status)
                        .containsExactlyElementsOf(DELIVERED_LIFECYCLE));
        assertThat(vnpost.createCallsFor(shipmentId(dossier))).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(meters.get("gateway.outbox.pending").gauge().value()).isZero());
    }

    @Test
    void crashAfterTheSendBeforeTheOutboxDeleteRepeatsNoEffect() throws Exception {
        String dossier = "000.00.12.H26-261128-0702";
        assertThat(post("/api/v1/results", Fixtures.result(dossier)).statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(dossierSystem.callbacks(AGENCY, dossier)).hasSize(DELIVERED_LIFECYCLE.size()));
        String id = shipmentId(dossier);
        List<Long> reportIds = jdbc.sql("select id from shipment_event where shipment_id = ? order by seq")
                .param(id).query(Long.class).list();

        NotifyBuilder orderAgain = new NotifyBuilder(camel).fromRoute("order-creation")
                .filter(e -> id.equals(e.getMessage().getBody(String.class))).whenDone(1).create();
        // The report queue coalesces the repeated messages of one shipment (a last-value queue): at least one arrives.
        NotifyBuilder reportsAgain = new NotifyBuilder(camel).fromRoute("status-reporting")
                .filter(e -> e.getMessage().getHeader("JMSXGroupID", "", String.class).equals(id))
                .whenDone(1).create();
        outbox.add("gateway.orders", null, id, Instant.now());
        for (int i = 0; i < reportIds.size(); i++) {
            outbox.add("gateway.reports", id, id, Instant.now());
        }

        assertThat(orderAgain.matches(20, TimeUnit.SECONDS)).isTrue();
        assertThat(reportsAgain.matches(20, TimeUnit.SECONDS)).isTrue();
        Queue reports = broker.getActiveMQServer().locateQueue("gateway.reports");
        await().atMost(Duration.ofSeconds(20)).until(() -> outbox.pending() == 0 && reports.getMessageCount() == 0);
        assertThat(vnpost.createCallsFor(id)).as("no second create call").isEqualTo(1);
        assertThat(vnpost.ordersFor(id)).isEqualTo(1);
        assertThat(dossierSystem.callbacks(AGENCY, dossier)).extracting(StatusReport::status)
                .containsExactlyElementsOf(DELIVERED_LIFECYCLE);
    }

    private String shipmentId(String dossier) {
        return view(AGENCY, dossier).path("shipmentId").asText();
    }
}
