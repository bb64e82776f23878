package vn.resultpost.gateway.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.resultpost.gateway.canonical.ShipmentStatus.ACCEPTED;
import static vn.resultpost.gateway.canonical.ShipmentStatus.DELIVERED;
import static vn.resultpost.gateway.canonical.ShipmentStatus.IN_TRANSIT;
import static vn.resultpost.gateway.canonical.ShipmentStatus.ORDER_CREATED;
import static vn.resultpost.gateway.canonical.ShipmentStatus.OUT_FOR_DELIVERY;
import static vn.resultpost.gateway.canonical.ShipmentStatus.PICKED_UP;
import static vn.resultpost.gateway.canonical.ShipmentStatus.RETURNING;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.chaos.ChaosCheck.Findings;
import vn.resultpost.gateway.chaos.ChaosCheck.Order;
import vn.resultpost.gateway.chaos.ChaosCheck.Received;
import vn.resultpost.gateway.chaos.ChaosCheck.Submitted;

/** The harness's check finds each kind of fault in hand-made records, and nothing in clean ones. */
class ChaosCheckTest {

    private static final Function<String, ShipmentStatus> TABLE = code -> switch (code) {
        case "6" -> PICKED_UP;
        case "10" -> IN_TRANSIT;
        case "12" -> OUT_FOR_DELIVERY;
        case "14" -> DELIVERED;
        case "16", "17" -> RETURNING;
        default -> null;
    };
    private static final List<String> DELIVER = List.of("6", "10", "12", "14");

    @Test
    void cleanRecordsFindNothing() {
        Findings f = check(List.of(submitted("D1", "s1")), List.of(order("s1", DELIVER)),
                Map.of("A/D1", reports("s1", 1, ACCEPTED, 2, ORDER_CREATED, 3, PICKED_UP, 4, IN_TRANSIT,
                        5, OUT_FOR_DELIVERY, 6, DELIVERED)));
        assertThat(f.clean()).isTrue();
        assertThat(f.finished()).isEqualTo(1);
    }

    @Test
    void repeatedStatusOfTheOperatorIsNotExpectedTwice() {
        assertThat(ChaosCheck.expected(order("s", List.of("6", "16", "17")), TABLE))
                .containsExactly(ACCEPTED, ORDER_CREATED, PICKED_UP, RETURNING);
    }

    @Test
    void findsAResultWithoutOrderOrFinalStatusAsLost() {
        Findings f = check(List.of(submitted("D1", "s1"), submitted("D2", "s2")), List.of(order("s2", DELIVER)),
                Map.of("A/D1", reports("s1", 1, ACCEPTED),
                        "A/D2", reports("s2", 1, ACCEPTED, 2, ORDER_CREATED, 3, PICKED_UP)));
        assertThat(f.lost()).isEqualTo(2);
        assertThat(f.lostNoOrder()).isEqualTo(1);
        assertThat(f.lostNoFinalStatus()).isEqualTo(2);
    }

    @Test
    void findsASkippedStatusAsLost() {
        Findings f = check(List.of(submitted("D1", "s1")), List.of(order("s1", DELIVER)),
                Map.of("A/D1", reports("s1", 1, ACCEPTED, 2, ORDER_CREATED, 3, IN_TRANSIT, 4, OUT_FOR_DELIVERY,
                        5, DELIVERED)));
        assertThat(f.lost()).isEqualTo(1);
        assertThat(f.lostStatuses()).isEqualTo(1);
        assertThat(f.misordered()).isZero();
    }

    @Test
    void findsTwoShipmentsARepeatedReportAndAnOrphanOrderAsDuplicated() {
        Findings f = check(List.of(submitted("D1", "s1", "s1b"), submitted("D2", "s2")),
                List.of(order("s1", DELIVER), order("s2", DELIVER), order("stray", DELIVER)),
                Map.of("A/D1", reports("s1", 1, ACCEPTED, 2, ORDER_CREATED, 3, PICKED_UP, 4, IN_TRANSIT,
                                5, OUT_FOR_DELIVERY, 6, DELIVERED),
                        "A/D2", reports("s2", 1, ACCEPTED, 2, ORDER_CREATED, 2, PICKED_UP, 3, PICKED_UP,
                                4, IN_TRANSIT, 5, OUT_FOR_DELIVERY, 6, DELIVERED)));
        assertThat(f.duplicatedShipments()).isEqualTo(1);
        assertThat(f.duplicatedReports()).isEqualTo(1);
        assertThat(f.ordersWithoutResult()).isEqualTo(1);
        assertThat(f.duplicated()).isEqualTo(3);
        assertThat(f.lost()).isZero();
    }

    @Test
    void countsTheSameReportReceivedAgainApartUnlessStrict() {
        List<Submitted> submitted = List.of(submitted("D1", "s1"));
        List<Order> orders = List.of(order("s1", DELIVER));
        Map<String, List<Received>> received = Map.of("A/D1", reports("s1", 1, ACCEPTED, 2, ORDER_CREATED,
                3, PICKED_UP, 3, PICKED_UP, 4, IN_TRANSIT, 5, OUT_FOR_DELIVERY, 6, DELIVERED));

        Findings lenient = ChaosCheck.check(submitted, orders, received, TABLE, false);
        assertThat(lenient.resentResults()).isEqualTo(1);
        assertThat(lenient.resentReports()).isEqualTo(1);
        assertThat(lenient.clean()).isTrue();

        Findings strict = ChaosCheck.check(submitted, orders, received, TABLE, true);
        assertThat(strict.duplicated()).isEqualTo(1);
        assertThat(strict.duplicatedReports()).isEqualTo(1);
    }

    @Test
    void findsReportsOutOfOrderAsMisordered() {
        Findings f = check(List.of(submitted("D1", "s1")), List.of(order("s1", DELIVER)),
                Map.of("A/D1", reports("s1", 1, ACCEPTED, 2, ORDER_CREATED, 4, IN_TRANSIT, 3, PICKED_UP,
                        5, OUT_FOR_DELIVERY, 6, DELIVERED)));
        assertThat(f.misordered()).isEqualTo(1);
        assertThat(f.lost()).isZero();
    }

    @Test
    void findsStatusesAgainstTheLifecycleAsMisordered() {
        Findings f = check(List.of(submitted("D1", "s1")), List.of(order("s1", DELIVER)),
                Map.of("A/D1", reports("s1", 1, ACCEPTED, 2, ORDER_CREATED, 3, IN_TRANSIT, 4, PICKED_UP,
                        5, OUT_FOR_DELIVERY, 6, DELIVERED)));
        assertThat(f.misordered()).isEqualTo(1);
    }

    private static Findings check(List<Submitted> submitted, List<Order> orders, Map<String, List<Received>> received) {
        return ChaosCheck.check(submitted, orders, received, TABLE, false);
    }

    private static Submitted submitted(String dossier, String... shipmentIds) {
        return new Submitted("A", dossier, true, Set.of(shipmentIds));
    }

    private static Order order(String reference, List<String> codes) {
        return new Order(reference, "EB" + reference, codes);
    }

    private static List<Received> reports(String shipmentId, Object... seqAndStatus) {
        List<Received> out = new ArrayList<>();
        for (int i = 0; i < seqAndStatus.length; i += 2) {
            out.add(new Received((Integer) seqAndStatus[i], (ShipmentStatus) seqAndStatus[i + 1], shipmentId, null));
        }
        return out;
    }
}
