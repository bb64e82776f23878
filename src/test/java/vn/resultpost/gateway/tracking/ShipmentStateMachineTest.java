package vn.resultpost.gateway.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.resultpost.gateway.canonical.ShipmentStatus.ACCEPTED;
import static vn.resultpost.gateway.canonical.ShipmentStatus.CANCELLED;
import static vn.resultpost.gateway.canonical.ShipmentStatus.DELIVERED;
import static vn.resultpost.gateway.canonical.ShipmentStatus.DELIVERY_FAILED;
import static vn.resultpost.gateway.canonical.ShipmentStatus.IN_TRANSIT;
import static vn.resultpost.gateway.canonical.ShipmentStatus.ORDER_CREATED;
import static vn.resultpost.gateway.canonical.ShipmentStatus.OUT_FOR_DELIVERY;
import static vn.resultpost.gateway.canonical.ShipmentStatus.PICKED_UP;
import static vn.resultpost.gateway.canonical.ShipmentStatus.REJECTED;
import static vn.resultpost.gateway.canonical.ShipmentStatus.RETURNED_TO_AGENCY;
import static vn.resultpost.gateway.canonical.ShipmentStatus.RETURNING;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.resultpost.gateway.canonical.ResultKey;
import vn.resultpost.gateway.canonical.Shipment;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.tracking.ShipmentStateMachine.Decision;

class ShipmentStateMachineTest {

    private static final Instant T0 = Instant.parse("2026-01-14T08:00:00Z");
    private static final Instant NOW = Instant.parse("2026-01-20T00:00:00Z");

    private static StatusTable vnpost;

    @BeforeAll
    static void loadTables() throws IOException {
        vnpost = new StatusTables(Path.of("config/operators")).find("vnpost").orElseThrow();
    }

    private static Instant t(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    private static Shipment shipment(ShipmentStatus status, Instant lastEventAt, int failedAttempts) {
        return new Shipment("shp-1", new ResultKey("000.00.12.H26", "D-1"), "vnpost", "EB123456789VN", status,
                failedAttempts, lastEventAt, T0, T0);
    }

    private static Shipment shipment(ShipmentStatus status, Instant lastEventAt) {
        return shipment(status, lastEventAt, 0);
    }

    @Test
    void forwardMovesApply() {
        ShipmentStatus[] path = {ACCEPTED, ORDER_CREATED, PICKED_UP, IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED};
        for (int i = 1; i < path.length; i++) {
            assertThat(ShipmentStateMachine.decide(shipment(path[i - 1], t(i - 1)), path[i], t(i)))
                    .as("%s -> %s", path[i - 1], path[i]).isEqualTo(Decision.APPLY);
        }
    }

    @Test
    void skippingAheadApplies() {
        assertThat(ShipmentStateMachine.decide(shipment(ORDER_CREATED, t(0)), OUT_FOR_DELIVERY, t(1)))
                .isEqualTo(Decision.APPLY);
        assertThat(ShipmentStateMachine.decide(shipment(DELIVERY_FAILED, t(0)), RETURNING, t(1)))
                .isEqualTo(Decision.APPLY);
    }

    @Test
    void forwardMoveAppliesEvenWithAnOlderTimestamp() {
        // rank, not clock, orders different lifecycle stages
        assertThat(ShipmentStateMachine.decide(shipment(IN_TRANSIT, t(10)), OUT_FOR_DELIVERY, t(5)))
                .isEqualTo(Decision.APPLY);
    }

    @Test
    void lowerRankEventIsStale() {
        assertThat(ShipmentStateMachine.decide(shipment(OUT_FOR_DELIVERY, t(5)), IN_TRANSIT, t(9)))
                .isEqualTo(Decision.STALE);
        assertThat(ShipmentStateMachine.decide(shipment(RETURNING, t(5)), DELIVERY_FAILED, t(9)))
                .isEqualTo(Decision.STALE);
    }

    @ParameterizedTest
    @EnumSource(value = ShipmentStatus.class, names = {"ORDER_CREATED", "PICKED_UP", "IN_TRANSIT",
            "OUT_FOR_DELIVERY", "RETURNING"})
    void sameStatusAgainIsDuplicate(ShipmentStatus status) {
        assertThat(ShipmentStateMachine.decide(shipment(status, t(5)), status, t(5))).isEqualTo(Decision.DUPLICATE);
        assertThat(ShipmentStateMachine.decide(shipment(status, t(5)), status, t(6))).isEqualTo(Decision.DUPLICATE);
    }

    @Test
    void sameDeliveryFailedEventAgainIsDuplicate() {
        assertThat(ShipmentStateMachine.decide(shipment(DELIVERY_FAILED, t(5), 1), DELIVERY_FAILED, t(5)))
                .isEqualTo(Decision.DUPLICATE);
    }

    @ParameterizedTest
    @EnumSource(value = ShipmentStatus.class, names = {"DELIVERED", "RETURNED_TO_AGENCY", "CANCELLED", "REJECTED"})
    void anythingAfterATerminalStatusIsTerminal(ShipmentStatus terminal) {
        for (ShipmentStatus next : ShipmentStatus.values()) {
            assertThat(ShipmentStateMachine.decide(shipment(terminal, t(5)), next, t(10)))
                    .as("%s after %s", next, terminal).isEqualTo(Decision.TERMINAL);
        }
    }

    @Test
    void redeliveryLoopAppliesOnlyWithStrictlyNewerEvents() {
        Shipment s = shipment(OUT_FOR_DELIVERY, t(10));
        assertThat(ShipmentStateMachine.decide(s, DELIVERY_FAILED, t(11))).isEqualTo(Decision.APPLY);
        s = ShipmentStateMachine.apply(s, DELIVERY_FAILED, t(11), NOW);

        assertThat(ShipmentStateMachine.decide(s, OUT_FOR_DELIVERY, t(12))).isEqualTo(Decision.APPLY);
        s = ShipmentStateMachine.apply(s, OUT_FOR_DELIVERY, t(12), NOW);
        assertThat(s.status()).isEqualTo(OUT_FOR_DELIVERY);
        assertThat(s.lastEventAt()).isEqualTo(t(12));
        assertThat(s.failedAttempts()).isEqualTo(1);
    }

    @Test
    void redeliveryLoopWithOlderOrEqualTimeIsStale() {
        Shipment failed = shipment(DELIVERY_FAILED, t(11), 1);
        assertThat(ShipmentStateMachine.decide(failed, OUT_FOR_DELIVERY, t(10))).isEqualTo(Decision.STALE);
        assertThat(ShipmentStateMachine.decide(failed, OUT_FOR_DELIVERY, t(11))).isEqualTo(Decision.STALE);

        Shipment out = shipment(OUT_FOR_DELIVERY, t(12), 1);
        assertThat(ShipmentStateMachine.decide(out, DELIVERY_FAILED, t(11))).isEqualTo(Decision.STALE);
        assertThat(ShipmentStateMachine.decide(out, DELIVERY_FAILED, t(12))).isEqualTo(Decision.STALE);
    }

    @Test
    void deliveryFailedTwiceWithNewerTimesCountsEachAttempt() {
        Shipment s = shipment(OUT_FOR_DELIVERY, t(10));
        assertThat(ShipmentStateMachine.decide(s, DELIVERY_FAILED, t(11))).isEqualTo(Decision.APPLY);
        s = ShipmentStateMachine.apply(s, DELIVERY_FAILED, t(11), NOW);
        assertThat(s.failedAttempts()).isEqualTo(1);

        assertThat(ShipmentStateMachine.decide(s, DELIVERY_FAILED, t(20))).isEqualTo(Decision.APPLY);
        s = ShipmentStateMachine.apply(s, DELIVERY_FAILED, t(20), NOW);
        assertThat(s.failedAttempts()).isEqualTo(2);
        assertThat(s.status()).isEqualTo(DELIVERY_FAILED);
        assertThat(s.lastEventAt()).isEqualTo(t(20));
    }

    @Test
    void applyKeepsIdentityAndStampsTimes() {
        Shipment before = shipment(IN_TRANSIT, t(1), 2);
        Shipment after = ShipmentStateMachine.apply(before, OUT_FOR_DELIVERY, t(3), NOW);
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.key()).isEqualTo(before.key());
        assertThat(after.operatorCode()).isEqualTo("vnpost");
        assertThat(after.waybill()).isEqualTo("EB123456789VN");
        assertThat(after.status()).isEqualTo(OUT_FOR_DELIVERY);
        assertThat(after.failedAttempts()).isEqualTo(2);
        assertThat(after.lastEventAt()).isEqualTo(t(3));
        assertThat(after.createdAt()).isEqualTo(T0);
        assertThat(after.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void lateOutForDeliveryAfterDeliveredLeavesDelivered() {
        Shipment s = shipment(IN_TRANSIT, t(1));
        // DELIVERED (t3) overtakes OUT_FOR_DELIVERY (t2) on the way in
        assertThat(ShipmentStateMachine.decide(s, DELIVERED, t(3))).isEqualTo(Decision.APPLY);
        s = ShipmentStateMachine.apply(s, DELIVERED, t(3), NOW);

        assertThat(ShipmentStateMachine.decide(s, OUT_FOR_DELIVERY, t(2))).isEqualTo(Decision.TERMINAL);
        assertThat(s.status()).isEqualTo(DELIVERED);
        assertThat(s.lastEventAt()).isEqualTo(t(3));
    }

    @Test
    void anEventThatOvertakesTheStepBeforeItNamesThatStep() {
        assertThat(ShipmentStateMachine.skippedStep(ORDER_CREATED, IN_TRANSIT)).contains(PICKED_UP);
        assertThat(ShipmentStateMachine.skippedStep(PICKED_UP, OUT_FOR_DELIVERY)).contains(IN_TRANSIT);
        assertThat(ShipmentStateMachine.skippedStep(IN_TRANSIT, DELIVERED)).contains(OUT_FOR_DELIVERY);
        assertThat(ShipmentStateMachine.skippedStep(ORDER_CREATED, DELIVERED)).contains(OUT_FOR_DELIVERY);
        assertThat(ShipmentStateMachine.skippedStep(IN_TRANSIT, DELIVERY_FAILED)).contains(OUT_FOR_DELIVERY);
        assertThat(ShipmentStateMachine.skippedStep(IN_TRANSIT, RETURNING)).contains(OUT_FOR_DELIVERY);
        assertThat(ShipmentStateMachine.skippedStep(DELIVERY_FAILED, RETURNED_TO_AGENCY)).contains(RETURNING);
    }

    @Test
    void theNormalNextStepsAndFreeStepsSkipNothing() {
        assertThat(ShipmentStateMachine.skippedStep(ORDER_CREATED, PICKED_UP)).isEmpty();
        assertThat(ShipmentStateMachine.skippedStep(PICKED_UP, IN_TRANSIT)).isEmpty();
        assertThat(ShipmentStateMachine.skippedStep(IN_TRANSIT, OUT_FOR_DELIVERY)).isEmpty();
        assertThat(ShipmentStateMachine.skippedStep(OUT_FOR_DELIVERY, DELIVERED)).isEmpty();
        assertThat(ShipmentStateMachine.skippedStep(DELIVERY_FAILED, DELIVERED)).isEmpty();
        assertThat(ShipmentStateMachine.skippedStep(DELIVERY_FAILED, OUT_FOR_DELIVERY)).isEmpty();
        assertThat(ShipmentStateMachine.skippedStep(DELIVERY_FAILED, RETURNING)).isEmpty();
        assertThat(ShipmentStateMachine.skippedStep(RETURNING, RETURNED_TO_AGENCY)).isEmpty();
        assertThat(ShipmentStateMachine.skippedStep(ORDER_CREATED, CANCELLED)).isEmpty();
        assertThat(ShipmentStateMachine.skippedStep(ACCEPTED, REJECTED)).isEmpty();
    }

    @Test
    void cancelledAndRejectedAreFinal() {
        assertThat(ShipmentStateMachine.decide(shipment(CANCELLED, t(1)), PICKED_UP, t(2)))
                .isEqualTo(Decision.TERMINAL);
        assertThat(ShipmentStateMachine.decide(shipment(REJECTED, t(1)), ORDER_CREATED, t(2)))
                .isEqualTo(Decision.TERMINAL);
    }

    /** One operator event of the vnpost "return" scenario. */
    private record Event(String code, ShipmentStatus status, Instant at) {
    }

    private static List<Event> returnScenario() {
        List<String> codes = List.of("6", "10", "12", "15", "12", "15", "16", "17", "19");
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            ShipmentStatus status = vnpost.lookup(codes.get(i)).orElseThrow().status().orElseThrow();
            events.add(new Event(codes.get(i), status, t(i + 1)));
        }
        return events;
    }

    @Test
    void returnScenarioInOrderEndsReturnedWithTwoFailedAttempts() {
        // 16 and 17 both map to RETURNING, so the second one changes nothing
        List<Decision> expected = List.of(Decision.APPLY, Decision.APPLY, Decision.APPLY, Decision.APPLY,
                Decision.APPLY, Decision.APPLY, Decision.APPLY, Decision.DUPLICATE, Decision.APPLY);
        List<Event> events = returnScenario();
        Shipment s = shipment(ORDER_CREATED, t(0));
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            Decision d = ShipmentStateMachine.decide(s, e.status(), e.at());
            assertThat(d).as("%s", e).isEqualTo(expected.get(i));
            if (d == Decision.APPLY) {
                s = ShipmentStateMachine.apply(s, e.status(), e.at(), NOW);
            }
        }
        assertThat(s.status()).isEqualTo(RETURNED_TO_AGENCY);
        assertThat(s.failedAttempts()).isEqualTo(2);
        assertThat(s.lastEventAt()).isEqualTo(t(9));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 7, 11, 42, 2025, 31337})
    void shuffledAndDuplicatedReturnScenarioEndsReturnedToAgency(long seed) {
        Random random = new Random(seed);
        List<Event> arrivals = new ArrayList<>(returnScenario());
        for (Event e : returnScenario()) {
            if (random.nextBoolean()) {
                arrivals.add(e);
            }
        }
        arrivals.addAll(returnScenario().subList(0, 2)); // at least some duplicates whatever the seed
        Collections.shuffle(arrivals, random);

        Shipment s = shipment(ORDER_CREATED, t(0));
        Set<Event> seen = new HashSet<>();
        for (Event e : arrivals) {
            Decision d = ShipmentStateMachine.decide(s, e.status(), e.at());
            if (!seen.add(e)) {
                assertThat(d).as("repeat of %s in %s", e, arrivals)
                        .isIn(Decision.DUPLICATE, Decision.STALE, Decision.TERMINAL);
            }
            if (d == Decision.APPLY) {
                s = ShipmentStateMachine.apply(s, e.status(), e.at(), NOW);
            }
        }
        assertThat(s.status()).as("arrivals %s", arrivals).isEqualTo(RETURNED_TO_AGENCY);
        assertThat(s.lastEventAt()).isEqualTo(t(9));
    }

    @Test
    void exactRepeatRightAfterItsOriginalIsDuplicate() {
        Shipment s = shipment(ORDER_CREATED, t(0));
        for (Event e : returnScenario()) {
            if (ShipmentStateMachine.decide(s, e.status(), e.at()) == Decision.APPLY) {
                s = ShipmentStateMachine.apply(s, e.status(), e.at(), NOW);
            }
            if (!e.status().terminal()) {
                assertThat(ShipmentStateMachine.decide(s, e.status(), e.at())).as("repeat of %s", e)
                        .isEqualTo(Decision.DUPLICATE);
            }
        }
    }
}
