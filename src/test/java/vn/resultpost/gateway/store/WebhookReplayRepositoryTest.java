package vn.resultpost.gateway.store;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.resultpost.gateway.MigratedDatabase;
import vn.resultpost.gateway.MigratedDatabase.Kind;
import vn.resultpost.gateway.MutableClock;
import vn.resultpost.gateway.security.SecurityProperties;
import vn.resultpost.gateway.security.WebhookVerifier;
import vn.resultpost.gateway.support.UnauthorizedException;

/**
 * The webhook replay cache in the shared database (H2 and the PostgreSQL server): a signed call accepted by
 * one instance is refused as a replay by another, and old keys are purged once outside the window.
 */
class WebhookReplayRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");
    private static final String BODY = "{\"itemCode\":\"EB123456785VN\",\"statusCode\":\"14\"}";

    private MigratedDatabase db;

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aCallAcceptedByOneInstanceIsAReplayForAnother(Kind kind) {
        db = new MigratedDatabase(kind, "replay");
        MutableClock clock = new MutableClock(NOW);
        WebhookVerifier first = verifier(clock);
        WebhookVerifier second = verifier(clock);
        String ts = String.valueOf(NOW.getEpochSecond());
        String signature = "sha256=" + WebhookVerifier.sign("s3cret", ts + "." + BODY);

        String key = first.verify("vnpost", ts, signature, BODY);
        assertThat(second.verify("vnpost", ts, signature, BODY)).as("not yet queued anywhere: a retry may pass")
                .isEqualTo(key);
        first.remember(key);

        assertThatThrownBy(() -> second.verify("vnpost", ts, signature, BODY))
                .isInstanceOf(UnauthorizedException.class).hasMessageContaining("replay");
        second.remember(key);
        assertThat(replays().contains(key)).as("both accepted it at once: one row").isTrue();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void keysOlderThanTwiceTheWindowArePurged(Kind kind) {
        db = new MigratedDatabase(kind, "replay");
        WebhookReplayRepository replays = replays();
        replays.add("old", NOW.minus(Duration.ofMinutes(11)));
        replays.add("recent", NOW.minus(Duration.ofMinutes(9)));
        replays.add("recent", NOW);

        replays.forgetBefore(NOW.minus(Duration.ofMinutes(10)));

        assertThat(replays.contains("old")).isFalse();
        assertThat(replays.contains("recent")).isTrue();
    }

    private WebhookReplayRepository replays() {
        return new WebhookReplayRepository(db.jdbc, new GroupCommit(db.transactions, new SimpleMeterRegistry()));
    }

    private WebhookVerifier verifier(MutableClock clock) {
        return new WebhookVerifier(new SecurityProperties(Map.of(), Map.of(), null,
                Map.of("vnpost", new SecurityProperties.Webhook("s3cret")), Duration.ofMinutes(5), null, 1000, false),
                clock, replays());
    }
}
