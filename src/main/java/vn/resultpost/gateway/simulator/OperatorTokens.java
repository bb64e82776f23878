package vn.resultpost.gateway.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** SIMULATOR: the tokens an operator simulator issued at login, each held until it expires, and the logins counted. */
final class OperatorTokens {

    private final Map<String, Instant> expiry = new ConcurrentHashMap<>();
    private final AtomicInteger logins = new AtomicInteger();
    private final Duration lifetime;
    private final Clock clock;

    OperatorTokens(Duration lifetime) {
        this(lifetime, Clock.systemUTC());
    }

    OperatorTokens(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** Holds {@code token} as issued now, valid for the lifetime; counts a login; returns when it expires. */
    Instant issue(String token) {
        Instant now = clock.instant();
        expiry.values().removeIf(expires -> !now.isBefore(expires)); // expired tokens are never valid again
        Instant expires = now.plus(lifetime);
        expiry.put(token, expires);
        logins.incrementAndGet();
        return expires;
    }

    /** Whether {@code token} was issued here and has not expired. */
    boolean valid(String token) {
        Instant expires = token == null ? null : expiry.get(token);
        return expires != null && clock.instant().isBefore(expires);
    }

    /** Tokens held now: those issued and not yet expired at the last login. */
    int held() {
        return expiry.size();
    }

    /** Tokens issued so far (an expired token makes the gateway log in again). */
    int logins() {
        return logins.get();
    }
}
