package vn.resultpost.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import vn.resultpost.gateway.MutableClock;
import vn.resultpost.gateway.support.UnauthorizedException;

class WebhookVerifierTest {

    private static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");
    private static final String BODY = "{\"itemCode\":\"EB123456785VN\",\"statusCode\":\"14\"}";
    private final WebhookVerifier verifier = new WebhookVerifier(new SecurityProperties(Map.of(), Map.of(), null,
            Map.of("vnpost", new SecurityProperties.Webhook("s3cret")), Duration.ofMinutes(5), null, 1000, false),
            Clock.fixed(NOW, ZoneOffset.UTC), new InMemoryReplays());

    @Test
    void acceptsAFreshSignedCallUntilItIsRemembered() {
        String ts = String.valueOf(NOW.getEpochSecond());
        String sig = "sha256=" + WebhookVerifier.sign("s3cret", ts + "." + BODY);
        String key = verifier.verify("vnpost", ts, sig, BODY);
        assertThat(verifier.verify("vnpost", ts, sig, BODY)).as("not yet queued: a retry may pass").isEqualTo(key);
        verifier.remember(key);
        assertThatThrownBy(() -> verifier.verify("vnpost", ts, sig, BODY)).hasMessageContaining("replay");
    }

    @Test
    void forgetsRememberedCallsOnceTwiceTheToleranceHasPassed() {
        MutableClock clock = new MutableClock(NOW);
        InMemoryReplays replays = new InMemoryReplays();
        WebhookVerifier v = new WebhookVerifier(new SecurityProperties(Map.of(), Map.of(), null,
                Map.of("vnpost", new SecurityProperties.Webhook("s3cret")), Duration.ofMinutes(5), null, 1000, false),
                clock, replays);
        for (int i = 0; i < 3; i++) {
            v.remember(v.verify("vnpost", signedNow(clock), sign(signedNow(clock), "{\"n\":" + i + "}"), "{\"n\":" + i + "}"));
            clock.advance(Duration.ofMinutes(4));
        }
        // Remembered at 0, 4 and 8 minutes; the store is purged at most once per tolerance (last at 8 minutes):
        // at 14 minutes the cutoff (10 minutes back) drops only the first.
        clock.advance(Duration.ofMinutes(2));
        String ts = signedNow(clock);
        String sig = sign(ts, BODY);
        v.remember(v.verify("vnpost", ts, sig, BODY));
        assertThat(replays.keys).hasSize(3);
        assertThatThrownBy(() -> v.verify("vnpost", ts, sig, BODY)).hasMessageContaining("replay");
        clock.advance(Duration.ofMinutes(20));
        String later = signedNow(clock);
        v.remember(v.verify("vnpost", later, sign(later, BODY), BODY));
        assertThat(replays.keys).as("only the newest is left").hasSize(1);
    }

    private static String signedNow(MutableClock clock) {
        return String.valueOf(clock.instant().getEpochSecond());
    }

    private static String sign(String ts, String body) {
        return "sha256=" + WebhookVerifier.sign("s3cret", ts + "." + body);
    }

    @Test
    void toleratesFiveMinutesEitherWay() {
        for (long offset : new long[] {-299, 299}) {
            String ts = String.valueOf(NOW.getEpochSecond() + offset);
            verifier.verify("vnpost", ts, "sha256=" + WebhookVerifier.sign("s3cret", ts + "." + BODY), BODY);
        }
        for (long offset : new long[] {-301, 301}) {
            String ts = String.valueOf(NOW.getEpochSecond() + offset);
            String sig = "sha256=" + WebhookVerifier.sign("s3cret", ts + "." + BODY);
            assertThatThrownBy(() -> verifier.verify("vnpost", ts, sig, BODY))
                    .isInstanceOf(UnauthorizedException.class).hasMessageContaining("tolerance");
        }
    }

    @Test
    void refusesMissingMalformedOrWrongSignaturesAndUnknownOperators() {
        String ts = String.valueOf(NOW.getEpochSecond());
        String good = "sha256=" + WebhookVerifier.sign("s3cret", ts + "." + BODY);
        assertThatThrownBy(() -> verifier.verify("vnpost", null, good, BODY)).isInstanceOf(UnauthorizedException.class);
        assertThatThrownBy(() -> verifier.verify("vnpost", ts, null, BODY)).isInstanceOf(UnauthorizedException.class);
        assertThatThrownBy(() -> verifier.verify("vnpost", "yesterday", good, BODY))
                .hasMessageContaining("epoch seconds");
        assertThatThrownBy(() -> verifier.verify("vnpost", ts, good, BODY + " ")).hasMessageContaining("match");
        assertThatThrownBy(() -> verifier.verify("viettelpost", ts, good, BODY)).hasMessageContaining("secret");
    }

    /** The replay store as a map, for tests without a database. */
    static final class InMemoryReplays implements ReplayStore {
        final Map<String, Instant> keys = new ConcurrentHashMap<>();

        @Override
        public boolean contains(String key) {
            return keys.containsKey(key);
        }

        @Override
        public void add(String key, Instant at) {
            keys.putIfAbsent(key, at);
        }

        @Override
        public void forgetBefore(Instant before) {
            keys.values().removeIf(at -> at.isBefore(before));
        }
    }
}
