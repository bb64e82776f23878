package vn.resultpost.gateway.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.resultpost.gateway.GatewayTestSupport;
import vn.resultpost.gateway.canonical.ResultKey;
import vn.resultpost.gateway.canonical.Shipment;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.deadline.DeadlineCalculator;
import vn.resultpost.gateway.store.DeadlineRepository;
import vn.resultpost.gateway.store.ShipmentRepository;

/** The deadline watch alerts once on the due day, marks overdue the day after, and admins can see both. */
@TestPropertySource(properties = "simulator.vnpost.scenario=deliver")
class DeadlineWatchTest extends GatewayTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    DeadlineWatch watch;

    @Autowired
    ShipmentRepository shipments;

    @Autowired
    DeadlineRepository deadlines;

    @Test
    void dueTodayIsAlertedOnceAndPastDueIsMarkedOverdueButDeliveredIsLeftAlone() throws Exception {
        LocalDate today = LocalDate.now(DeadlineCalculator.VIETNAM);
        String dueToday = shipment("DUE-TODAY", ShipmentStatus.IN_TRANSIT, today);
        String late = shipment("LATE", ShipmentStatus.OUT_FOR_DELIVERY, today.minusDays(2));
        String delivered = shipment("DONE", ShipmentStatus.DELIVERED, today.minusDays(2));

        assertThat(watch.check()).isGreaterThanOrEqualTo(2);
        assertThat(deadlines.find(late).orElseThrow().overdueAt()).isNotNull();
        assertThat(deadlines.find(dueToday).orElseThrow().overdueAt()).isNull();
        assertThat(deadlines.find(delivered).orElseThrow().overdueAt()).isNull();
        assertThat(watch.check()).as("each alert once").isZero();

        JsonNode board = JSON.readTree(get("/api/v1/admin/deadlines").body());
        assertThat(board.path("overdue").findValuesAsText("shipmentId")).contains(late).doesNotContain(delivered);
        assertThat(board.path("dueToday").findValuesAsText("shipmentId")).contains(dueToday);
        JsonNode view = JSON.readTree(get("/api/v1/results/000.00.12.H26/LATE-" + late.substring(0, 8)).body());
        assertThat(view.path("overdue").asBoolean()).isTrue();
    }

    private String shipment(String prefix, ShipmentStatus status, LocalDate due) {
        String id = UUID.randomUUID().toString();
        Instant at = Instant.now().minusSeconds(3600);
        shipments.insert(new Shipment(id, new ResultKey("000.00.12.H26", prefix + "-" + id.substring(0, 8)), "vnpost",
                "EB" + id.substring(0, 8), status, 0, at, at, at), null, "{}", "h", null);
        deadlines.set(id, due, "J+2 test");
        return id;
    }
}
