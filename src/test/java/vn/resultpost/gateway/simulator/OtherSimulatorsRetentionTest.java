package vn.resultpost.gateway.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import vn.resultpost.gateway.MutableClock;
import vn.resultpost.gateway.operator.viettelpost.ViettelpostMessages.CreateOrder;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccMessages.ErrorReply;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccMessages.PostOrder;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccMessages.TrackingRequest;

/** {@code simulator.retained-shipments} at 3 in the ready-for-post list and the Viettel Post and LGSP order books. */
class OtherSimulatorsRetentionTest {

    private static final String KEY = "demo-only-ready-for-post-key";

    @Test
    void theReadyForPostListKeepsItsNewestResultsAndItsCursorsStayPositions() {
        ReadyForPostSimulator list = new ReadyForPostSimulator(
                new ReadyForPostSimulatorProperties(null, 0, null, null), retaining(3));
        for (int i = 1; i <= 5; i++) {
            assertThat(list.add(Map.of("n", i))).isEqualTo(String.valueOf(i));
        }

        assertThat(page(list, null)).containsEntry("nextCursor", "5").containsEntry("hasMore", false)
                .extractingByKey("items").asList().extracting("cursor").containsExactly("3", "4", "5");
        assertThat(page(list, "1")).extractingByKey("items").asList().extracting("cursor")
                .containsExactly("3", "4", "5");
        assertThat(page(list, "4")).containsEntry("nextCursor", "5").extractingByKey("items").asList()
                .extracting("result").containsExactly(Map.of("n", 5));
        assertThat(page(list, "9")).containsEntry("nextCursor", "9").extractingByKey("items").asList().isEmpty();
        assertThat(list.add(Map.of("n", 6))).isEqualTo("6");
        assertThat(page(list, "5")).extractingByKey("items").asList().extracting("cursor").containsExactly("6");
        assertThat(list.served()).containsOnlyKeys("4", "5", "6");
    }

    @Test
    void theViettelPostBookKeepsItsNewestOrdersAndCountsThemAll() {
        ViettelpostSimulatorOrders orders = new ViettelpostSimulatorOrders(3);
        for (int i = 1; i <= 5; i++) {
            CreateOrder order = viettelOrder("ref-" + i);
            orders.called(order);
            assertThat(orders.register(order)).isInstanceOf(ViettelpostSimulatedOrder.class);
        }

        assertThat(orders.all()).extracting(o -> o.request().orderNumber()).containsExactly("ref-3", "ref-4", "ref-5");
        assertThat(orders.byReference("ref-2")).isNull();
        assertThat(orders.createCallsFor("ref-1")).isZero();
        assertThat(orders.createCallsFor("ref-5")).isEqualTo(1);
        assertThat(orders.stats(1)).isEqualTo(new ViettelpostSimulatorOrders.Stats(5, 1, 5, 0, 0, 0));
    }

    @Test
    void theLgspBookKeepsItsNewestOrdersAndTracksADroppedOneAsUnknown() {
        LgspVnpostOrders orders = new LgspVnpostOrders(new MutableClock(Instant.parse("2026-11-28T02:00:00Z")), 3);
        for (int i = 1; i <= 5; i++) {
            assertThat(orders.post(lgspOrder("N" + i), () -> List.of("6"), Duration.ofSeconds(2)).getStatusCode()
                    .value()).isEqualTo(200);
        }

        assertThat(orders.created()).isEqualTo(5);
        assertThat(orders.ordersFor("N2")).isZero();
        assertThat(orders.order("N3")).isNotNull();
        ResponseEntity<Object> dropped = orders.track(new TrackingRequest("C", "N1"));
        assertThat(dropped.getStatusCode().value()).isEqualTo(404);
        assertThat(dropped.getBody())
                .isEqualTo(new ErrorReply("ORDER_NOT_FOUND", "Không tìm thấy đơn hàng / no order N1"));
        assertThat(orders.track(new TrackingRequest("C", "N3")).getStatusCode().value()).isEqualTo(200);
    }

    private static SimulatorProperties retaining(int retained) {
        return new SimulatorProperties(true, "http://localhost:1", null, null, retained);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> page(ReadyForPostSimulator list, String after) {
        return (Map<String, Object>) list.list(KEY, after, 50).getBody();
    }

    private static CreateOrder viettelOrder(String reference) {
        return new CreateOrder(reference, "Sender", "Addr", "0243", 1, 1, 1, "Receiver", "Addr", "0912345678", 2, 2, 1,
                "result", "", 1, 0L, 100, "TH", 1, "VCN", null, null, 0L, List.of());
    }

    private static PostOrder lgspOrder(String number) {
        return new PostOrder("C", number, "HCC", 0, 100, "Sender", "0243", null, "Addr", "01", "001", "01", "00004",
                null, null, "Receiver", "0912345678", null, "Addr", "01", "001", "01", "00004");
    }
}
