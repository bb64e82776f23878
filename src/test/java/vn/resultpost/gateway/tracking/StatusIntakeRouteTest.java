package vn.resultpost.gateway.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.resultpost.gateway.GatewayTestSupport;
import vn.resultpost.gateway.canonical.ResultKey;
import vn.resultpost.gateway.canonical.Shipment;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.canonical.TimelineEntry;
import vn.resultpost.gateway.store.ShipmentRepository;
import vn.resultpost.gateway.store.TimelineRepository;

/**
 * The status-intake route: duplicate, stale and unknown operator events change nothing; an event that
 * overtook the step before it waits for it (the Resequencer), for a while.
 */
@TestPropertySource(properties = {"simulator.vnpost.scenario=deliver", "gateway.tracking.resequence.window=6s",
        "gateway.tracking.resequence.retry=500ms"})
class StatusIntakeRouteTest extends GatewayTestSupport {

    @Autowired
    CamelContext camel;

    @Autowired
    ShipmentRepository shipments;

    @Autowired
    TimelineRepository timeline;

    @Autowired
    JdbcClient jdbc;

    @Test
    void duplicateAndOutOfOrderWebhooksChangeNothing() {
        String waybill = newWaybill();
        String id = shipmentWithOrder(waybill);
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        NotifyBuilder done = new NotifyBuilder(camel).fromRoute("status-intake")
                .filter(e -> ("vnpost:" + waybill).equals(e.getMessage().getHeader("JMSXGroupID"))).whenDone(8).create();
        webhook(waybill, id, "6", t0.plusSeconds(1));
        webhook(waybill, id, "10", t0.plusSeconds(2));
        webhook(waybill, id, "10", t0.plusSeconds(2));
        webhook(waybill, id, "12", t0.plusSeconds(3));
        webhook(waybill, id, "14", t0.plusSeconds(5));
        webhook(waybill, id, "15", t0.plusSeconds(4));
        webhook(waybill, id, "99", t0.plusSeconds(6));
        webhook(waybill, id, "14", t0.plusSeconds(5));
        assertThat(done.matches(20, TimeUnit.SECONDS)).isTrue();

        Shipment s = shipments.findById(id).orElseThrow();
        assertThat(s.status()).isEqualTo(ShipmentStatus.DELIVERED);
        assertThat(timeline.list(id)).extracting(TimelineEntry::status).containsExactly(ShipmentStatus.PICKED_UP,
                ShipmentStatus.IN_TRANSIT, ShipmentStatus.OUT_FOR_DELIVERY, ShipmentStatus.DELIVERED);
        assertThat(outcomes(waybill)).containsExactlyInAnyOrder("6:APPLY", "10:APPLY", "12:APPLY", "14:APPLY",
                "15:TERMINAL", "99:UNKNOWN_CODE");
    }

    @Test
    void anEventThatOvertookTheStepBeforeItWaitsForItAndBothAreAppliedInOrder() {
        String waybill = newWaybill();
        String id = shipmentWithOrder(waybill);
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        NotifyBuilder heldOnce = new NotifyBuilder(camel).fromRoute("status-intake")
                .filter(e -> ("vnpost:" + waybill).equals(e.getMessage().getHeader("JMSXGroupID"))).whenDone(1).create();
        webhook(waybill, id, "10", t0.plusSeconds(2));
        assertThat(heldOnce.matches(20, TimeUnit.SECONDS)).isTrue();
        assertThat(shipments.findById(id).orElseThrow().status()).as("held back, not applied")
                .isEqualTo(ShipmentStatus.ORDER_CREATED);
        assertThat(outcomes(waybill)).as("nothing logged while held").isEmpty();

        webhook(waybill, id, "6", t0.plusSeconds(1));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(timeline.list(id))
                .extracting(TimelineEntry::status).containsExactly(ShipmentStatus.PICKED_UP, ShipmentStatus.IN_TRANSIT));
        assertThat(outcomes(waybill)).containsExactly("6:APPLY", "10:APPLY");
    }

    @Test
    void anOperatorThatSkipsAStepIsFollowedOnceTheWindowHasPassed() {
        String waybill = newWaybill();
        String id = shipmentWithOrder(waybill);

        NotifyBuilder heldOnce = new NotifyBuilder(camel).fromRoute("status-intake")
                .filter(e -> ("vnpost:" + waybill).equals(e.getMessage().getHeader("JMSXGroupID"))).whenDone(1).create();
        webhook(waybill, id, "6", Instant.now().minusSeconds(1));
        webhook(waybill, id, "14", Instant.now());
        assertThat(heldOnce.matches(20, TimeUnit.SECONDS)).isTrue();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(timeline.list(id))
                .extracting(TimelineEntry::status).containsExactly(ShipmentStatus.PICKED_UP, ShipmentStatus.DELIVERED));
        assertThat(outcomes(waybill)).containsExactly("6:APPLY", "14:APPLY");
    }

    @Test
    void anOldEventIsNotHeld() {
        String waybill = newWaybill();
        String id = shipmentWithOrder(waybill);
        NotifyBuilder done = new NotifyBuilder(camel).fromRoute("status-intake")
                .filter(e -> ("vnpost:" + waybill).equals(e.getMessage().getHeader("JMSXGroupID"))).whenDone(1).create();
        webhook(waybill, id, "12", Instant.now().minusSeconds(3600));
        assertThat(done.matches(20, TimeUnit.SECONDS)).isTrue();
        assertThat(outcomes(waybill)).containsExactly("12:APPLY");
        assertThat(shipments.findById(id).orElseThrow().status()).isEqualTo(ShipmentStatus.OUT_FOR_DELIVERY);
    }

    @Test
    void eventForAnUnknownWaybillIsHeldForReview() {
        NotifyBuilder done = new NotifyBuilder(camel).fromRoute("status-intake")
                .filter(e -> "vnpost:EB000000000VN".equals(e.getMessage().getHeader("JMSXGroupID"))).whenDone(1).create();
        webhook("EB000000000VN", null, "6", Instant.now());
        assertThat(done.matches(20, TimeUnit.SECONDS)).isTrue();
        assertThat(jdbc.sql("select outcome from operator_event where waybill = 'EB000000000VN'")
                .query(String.class).single()).isEqualTo("UNKNOWN_SHIPMENT");
    }

    private static String newWaybill() {
        return "EB" + (10_000_000 + (int) (Math.random() * 80_000_000)) + "1VN";
    }

    private List<String> outcomes(String waybill) {
        return jdbc.sql("select status_code || ':' || outcome from operator_event where waybill = ? order by id")
                .param(waybill).query(String.class).list();
    }

    private String shipmentWithOrder(String waybill) {
        Instant now = Instant.now().minusSeconds(60);
        String id = UUID.randomUUID().toString();
        Shipment s = new Shipment(id, new ResultKey("000.00.12.H26", "ROUTE-TEST-" + id.substring(0, 8)), "vnpost",
                waybill, ShipmentStatus.ORDER_CREATED, 0, now, now, now);
        shipments.insert(s, "1.001612", "{}", "hash", null);
        return id;
    }

    private void webhook(String waybill, String reference, String code, Instant at) {
        String body = "{\"itemCode\":\"" + waybill + "\",\"orderReference\":" + (reference == null ? "null"
                : "\"" + reference + "\"") + ",\"statusCode\":\"" + code + "\",\"eventTime\":\"" + at + "\"}";
        assertThat(post("/api/v1/operators/vnpost/events", body).statusCode()).isEqualTo(202);
    }
}
