package vn.resultpost.gateway.operator;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import vn.resultpost.gateway.canonical.CancelOutcome;
import vn.resultpost.gateway.canonical.OperatorStatusEvent;
import vn.resultpost.gateway.canonical.OrderOutcome;
import vn.resultpost.gateway.canonical.OrderRef;
import vn.resultpost.gateway.canonical.ShipmentOrder;
import vn.resultpost.gateway.canonical.TrackOutcome;

/**
 * Retry and Circuit Breaker (resilience4j) around one operator adapter: a retryable answer is tried
 * again after an exponentially growing, randomised wait; too many failed or slow calls open the
 * operator's circuit, and while it is open no call is made: create and track answer Deferred, cancel
 * Retryable, so an outage costs neither threads nor the orders' attempts.
 */
final class ResilientOperator implements PostalOperator {

    private static final Predicate<Object> RETRYABLE = r -> r instanceof OrderOutcome.Retryable
            || r instanceof TrackOutcome.Retryable || r instanceof CancelOutcome.Retryable;

    private final PostalOperator delegate;
    private final CircuitBreaker breaker;
    private final Retry retry;
    private final Clock clock;
    private volatile Instant lastSuccessAt;
    private volatile Instant lastFailureAt;
    private volatile String lastFailure;

    ResilientOperator(PostalOperator delegate, ResilienceProperties.Policy p, Clock clock) {
        this.delegate = delegate;
        this.clock = clock;
        this.breaker = CircuitBreaker.of(delegate.code(), CircuitBreakerConfig.custom()
                .failureRateThreshold(p.failureRateThreshold())
                .slowCallDurationThreshold(p.slowCallThreshold())
                .slowCallRateThreshold(p.slowCallRateThreshold())
                .slidingWindowSize(p.slidingWindow())
                .minimumNumberOfCalls(p.minimumCalls())
                .waitDurationInOpenState(p.openFor())
                .permittedNumberOfCallsInHalfOpenState(p.halfOpenCalls())
                .recordResult(RETRYABLE)
                .build());
        this.retry = Retry.of(delegate.code(), RetryConfig.custom()
                .maxAttempts(p.attempts())
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(p.initialBackoff(), p.multiplier(),
                        p.jitter()))
                .retryOnResult(RETRYABLE)
                .ignoreExceptions(CallNotPermittedException.class)
                .retryExceptions()
                .build());
    }

    @Override
    public String code() {
        return delegate.code();
    }

    @Override
    public TrackingMode trackingMode() {
        return delegate.trackingMode();
    }

    @Override
    public WebhookScheme webhookScheme() {
        return delegate.webhookScheme();
    }

    @Override
    public OrderOutcome create(ShipmentOrder order) {
        return call(() -> delegate.create(order), OrderOutcome.Deferred::new);
    }

    @Override
    public CancelOutcome cancel(OrderRef order) {
        return call(() -> delegate.cancel(order), CancelOutcome.Retryable::new);
    }

    @Override
    public TrackOutcome track(OrderRef order) {
        return call(() -> delegate.track(order), TrackOutcome.Deferred::new);
    }

    @Override
    public OperatorStatusEvent readWebhook(String body) {
        return delegate.readWebhook(body);
    }

    @Override
    public String webhookToken(String body) {
        return delegate.webhookToken(body);
    }

    @Override
    public Optional<TokenCache.State> tokenState() {
        return delegate.tokenState();
    }

    /** The circuit breaker, its counts and the last outcomes, for health views. */
    OperatorHealth health() {
        CircuitBreaker.Metrics m = breaker.getMetrics();
        return new OperatorHealth(code(), trackingMode(), breaker.getState().name(), m.getFailureRate(),
                m.getSlowCallRate(), m.getNumberOfBufferedCalls(), m.getNumberOfFailedCalls(),
                m.getNumberOfNotPermittedCalls(), lastSuccessAt, lastFailureAt, lastFailure,
                tokenState().orElse(null));
    }

    CircuitBreaker breaker() {
        return breaker;
    }

    private <T> T call(Supplier<T> operation, Function<String, T> whenOpen) {
        Supplier<T> guarded = Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, operation));
        T outcome;
        try {
            outcome = guarded.get();
        } catch (CallNotPermittedException open) {
            return whenOpen.apply("the circuit breaker of operator " + code() + " is open after repeated failures");
        }
        if (RETRYABLE.test(outcome)) {
            lastFailureAt = clock.instant();
            lastFailure = String.valueOf(outcome);
        } else {
            lastSuccessAt = clock.instant();
        }
        return outcome;
    }
}
