package vn.resultpost.gateway.operator;

import java.time.Instant;

/**
 * How calls to one operator are going: its circuit breaker (CLOSED, OPEN, HALF_OPEN...), the failure
 * and slow-call rates (per cent, -1 until enough calls) over the recent calls, the last success and
 * failure, and its access token's state.
 */
public record OperatorHealth(
        String operator,
        TrackingMode trackingMode,
        String circuit,
        float failureRate,
        float slowCallRate,
        int recentCalls,
        int recentFailures,
        long notPermittedCalls,
        Instant lastSuccessAt,
        Instant lastFailureAt,
        String lastFailure,
        TokenCache.State token) {
}
