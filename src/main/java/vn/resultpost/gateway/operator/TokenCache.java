package vn.resultpost.gateway.operator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * An operator's access token, cached until {@code margin} before it expires and fetched again then,
 * or at once when the operator refused it (a 401): {@link #refresh(String)} replaces only the token
 * that was refused, so concurrent callers that all got a 401 cause one new login, not many.
 */
public final class TokenCache {

    private final Supplier<Grant> login;
    private final Duration margin;
    private final Clock clock;
    private Grant current;
    private Instant expiresAt = Instant.EPOCH;
    private Instant fetchedAt;
    private int logins;

    /** {@code login} asks the operator for a token; it throws when the operator refuses. */
    public TokenCache(Supplier<Grant> login, Duration margin, Clock clock) {
        this.login = Objects.requireNonNull(login);
        this.margin = margin == null ? Duration.ZERO : margin;
        this.clock = clock;
    }

    /** The cached token, or a new one when there is none or it is about to expire. */
    public synchronized String get() {
        if (current == null || !clock.instant().isBefore(expiresAt.minus(margin))) {
            fetch();
        }
        return current.token();
    }

    /** After the operator refused {@code refused}: a new token, unless another caller already replaced it. */
    public synchronized String refresh(String refused) {
        if (current == null || current.token().equals(refused)) {
            fetch();
        }
        return current.token();
    }

    /** What the cache holds now, for health and console views (never the token itself). */
    public synchronized State state() {
        return new State(current != null, fetchedAt, current == null ? null : expiresAt, logins);
    }

    private void fetch() {
        Grant grant = login.get();
        if (grant == null || grant.token() == null || grant.token().isBlank()) {
            throw new IllegalStateException("The operator's login answered no token");
        }
        current = grant;
        fetchedAt = clock.instant();
        expiresAt = fetchedAt.plus(grant.lifetime());
        logins++;
    }

    /** A token the operator granted and how long it is valid. */
    public record Grant(String token, Duration lifetime) {
    }

    /**
     * The cache's state: whether it holds a token, when it was fetched, when it expires, and how many
     * logins the cache made so far.
     */
    public record State(boolean held, Instant fetchedAt, Instant expiresAt, int logins) {
    }
}
