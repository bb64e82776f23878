package vn.resultpost.gateway.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccMessages.TokenReply;

/**
 * SIMULATOR: the simulated LGSP's OAuth2 client-credentials tokens: granted for the one configured consumer
 * key and secret (HTTP Basic), valid for a configured lifetime, then refused; with counters for tests.
 */
final class LgspTokens {

    private final String expectedBasic;
    private final Duration lifetime;
    private final OperatorTokens tokens;
    private final AtomicInteger refused = new AtomicInteger();

    LgspTokens(String consumerKey, String consumerSecret, Duration lifetime, Clock clock) {
        this.expectedBasic = "Basic " + Base64.getEncoder().encodeToString((consumerKey + ":" + consumerSecret)
                .getBytes(StandardCharsets.UTF_8));
        this.lifetime = lifetime;
        this.tokens = new OperatorTokens(lifetime, clock);
    }

    /** A new token for a client that presented {@code authorization}; empty when the credentials are wrong. */
    Optional<TokenReply> grant(String authorization) {
        if (!expectedBasic.equals(authorization)) {
            return Optional.empty();
        }
        String token = UUID.randomUUID().toString();
        tokens.issue(token);
        return Optional.of(new TokenReply(token, "Bearer", Math.max(1, lifetime.toSeconds())));
    }

    /** Whether {@code authorization} carries a Bearer token this LGSP issued and that has not expired. */
    boolean valid(String authorization) {
        String token = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : "";
        if (!tokens.valid(token)) {
            refused.incrementAndGet();
            return false;
        }
        return true;
    }

    int issued() {
        return tokens.logins();
    }

    int refused() {
        return refused.get();
    }
}
