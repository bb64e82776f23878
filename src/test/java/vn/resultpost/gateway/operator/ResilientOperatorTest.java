package vn.resultpost.gateway.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.resultpost.gateway.canonical.CancelOutcome;
import vn.resultpost.gateway.canonical.OrderOutcome;
import vn.resultpost.gateway.canonical.OrderRef;
import vn.resultpost.gateway.canonical.ShipmentOrder;
import vn.resultpost.gateway.canonical.TrackOutcome;

/** Retry and circuit breaker around an adapter, against a scripted fake operator (no I/O). */
class ResilientOperatorTest {

    private static final OrderRef ORDER = new OrderRef("ref-1", "EB000000001VN");
    private static final ShipmentOrder CREATE = new ShipmentOrder("ref-1", null, null);

    private final Scripted operator = new Scripted();

    @Test
    void retryableAnswerIsTriedAgainUntilItSucceeds() {
        operator.answers.add(new OrderOutcome.Retryable("503"));
        operator.answers.add(new OrderOutcome.Retryable("timeout"));
        operator.answers.add(new OrderOutcome.Accepted("EB000000001VN", 18_000L));

        OrderOutcome outcome = resilient(policy(3, 100)).create(CREATE);

        assertThat(outcome).isEqualTo(new OrderOutcome.Accepted("EB000000001VN", 18_000L));
        assertThat(operator.creates).hasValue(3);
    }

    @Test
    void afterTheLastAttemptTheRetryableAnswerComesBack() {
        for (int i = 0; i < 3; i++) {
            operator.answers.add(new OrderOutcome.Retryable("503 #" + i));
        }

        OrderOutcome outcome = resilient(policy(3, 100)).create(CREATE);

        assertThat(outcome).isEqualTo(new OrderOutcome.Retryable("503 #2"));
        assertThat(operator.creates).hasValue(3);
    }

    @Test
    void aRejectionIsNotRetriedAndDoesNotCountAsAFailure() {
        operator.answers.add(new OrderOutcome.Rejected("AREA_NOT_SERVED", "outside"));
        ResilientOperator resilient = resilient(policy(3, 1));

        assertThat(resilient.create(CREATE)).isInstanceOf(OrderOutcome.Rejected.class);
        assertThat(operator.creates).hasValue(1);
        assertThat(resilient.health().recentFailures()).isZero();
        assertThat(resilient.health().lastSuccessAt()).isNotNull();
    }

    @Test
    void repeatedFailuresOpenTheCircuitAndThenNothingIsCalled() {
        for (int i = 0; i < 4; i++) {
            operator.answers.add(new OrderOutcome.Retryable("503"));
        }
        ResilientOperator resilient = resilient(policy(1, 4));
        for (int i = 0; i < 4; i++) {
            assertThat(resilient.create(CREATE)).isInstanceOf(OrderOutcome.Retryable.class);
        }
        assertThat(resilient.health().circuit()).isEqualTo("OPEN");

        assertThat(resilient.create(CREATE)).isInstanceOf(OrderOutcome.Deferred.class);
        assertThat(resilient.track(ORDER)).isInstanceOf(TrackOutcome.Deferred.class);
        assertThat(resilient.cancel(ORDER)).isInstanceOf(CancelOutcome.Retryable.class);

        assertThat(operator.creates).as("no call while open").hasValue(4);
        assertThat(operator.tracks).hasValue(0);
        assertThat(resilient.health().notPermittedCalls()).isEqualTo(3);
        assertThat(resilient.health().lastFailure()).contains("503");
    }

    @Test
    void theCircuitClosesAgainWhenTrialCallsSucceed() {
        ResilientOperator resilient = resilient(policy(1, 2));
        operator.answers.add(new OrderOutcome.Retryable("503"));
        operator.answers.add(new OrderOutcome.Retryable("503"));
        resilient.create(CREATE);
        resilient.create(CREATE);
        assertThat(resilient.health().circuit()).isEqualTo("OPEN");

        resilient.breaker().transitionToHalfOpenState(); // what the breaker does by itself after open-for
        operator.answers.add(new OrderOutcome.Accepted("EB1", 1L));
        operator.answers.add(new OrderOutcome.Accepted("EB2", 1L));

        assertThat(resilient.create(CREATE)).isInstanceOf(OrderOutcome.Accepted.class);
        assertThat(resilient.create(CREATE)).isInstanceOf(OrderOutcome.Accepted.class);
        assertThat(resilient.health().circuit()).isEqualTo("CLOSED");
    }

    private ResilientOperator resilient(ResilienceProperties.Policy policy) {
        return new ResilientOperator(operator, policy, Clock.systemUTC());
    }

    /** attempts per try; the circuit judged on windows of {@code window} calls, opening at 50% failures. */
    private static ResilienceProperties.Policy policy(int attempts, int window) {
        return new ResilienceProperties.Policy(attempts, Duration.ofMillis(1), 2.0, 0.5, 50f, Duration.ofSeconds(5),
                100f, window, window, Duration.ofMinutes(5), 2, Duration.ofSeconds(1));
    }

    /** A fake operator answering create from a script and counting calls. */
    private static final class Scripted implements PostalOperator {
        final Deque<OrderOutcome> answers = new ArrayDeque<>();
        final AtomicInteger creates = new AtomicInteger();
        final AtomicInteger tracks = new AtomicInteger();

        @Override
        public String code() {
            return "scripted";
        }

        @Override
        public TrackingMode trackingMode() {
            return TrackingMode.POLL;
        }

        @Override
        public WebhookScheme webhookScheme() {
            return WebhookScheme.NONE;
        }

        @Override
        public OrderOutcome create(ShipmentOrder order) {
            creates.incrementAndGet();
            return answers.removeFirst();
        }

        @Override
        public CancelOutcome cancel(OrderRef order) {
            return new CancelOutcome.Cancelled();
        }

        @Override
        public TrackOutcome track(OrderRef order) {
            tracks.incrementAndGet();
            return new TrackOutcome.Events(java.util.List.of());
        }
    }
}
