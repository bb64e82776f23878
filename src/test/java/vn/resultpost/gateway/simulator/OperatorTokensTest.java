package vn.resultpost.gateway.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The VNPost and Viettel Post simulators' tokens: valid until they expire, each issue counted as a login. */
class OperatorTokensTest {

    @Test
    void anIssuedTokenIsValidUntilItExpiresAndEachIssueIsALogin() {
        OperatorTokens tokens = new OperatorTokens(Duration.ofHours(1));
        Instant before = Instant.now();

        Instant expires = tokens.issue("t1");

        assertThat(expires).isBetween(before.plus(Duration.ofHours(1)), Instant.now().plus(Duration.ofHours(1)));
        assertThat(tokens.valid("t1")).isTrue();
        assertThat(tokens.valid("t2")).isFalse();
        assertThat(tokens.valid(null)).isFalse();
        tokens.issue("t2");
        assertThat(tokens.logins()).isEqualTo(2);
    }

    @Test
    void aTokenPastItsLifetimeIsRefused() {
        OperatorTokens tokens = new OperatorTokens(Duration.ZERO);

        tokens.issue("t1");

        assertThat(tokens.valid("t1")).isFalse();
        assertThat(tokens.logins()).isEqualTo(1);
    }

    @Test
    void expiredTokensAreDroppedAtTheNextLoginSoTheyDoNotAccumulate() {
        OperatorTokens expiring = new OperatorTokens(Duration.ZERO);
        for (int i = 0; i < 100; i++) {
            expiring.issue("t" + i);
        }
        OperatorTokens lasting = new OperatorTokens(Duration.ofHours(1));
        lasting.issue("a");
        lasting.issue("b");

        assertThat(expiring.held()).isEqualTo(1);
        assertThat(expiring.logins()).isEqualTo(100);
        assertThat(lasting.held()).isEqualTo(2);
        assertThat(lasting.valid("a")).isTrue();
    }
}
