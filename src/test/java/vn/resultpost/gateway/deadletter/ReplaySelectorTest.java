package vn.resultpost.gateway.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.resultpost.gateway.support.InvalidMessageException;

/** A replay's message selector: only messages sent by its start, only the ids asked for, no selector injection. */
class ReplaySelectorTest {

    @Test
    void withoutIdsEveryMessageSentByTheStart() {
        assertThat(ReplaySelector.of(List.of(), 1_700_000_000_000L)).isEqualTo("JMSTimestamp <= 1700000000000");
    }

    @Test
    void idsAreQuotedAndListed() {
        assertThat(ReplaySelector.of(List.of("ID:abc-1", "ID:a.b_c:2"), 42L))
                .isEqualTo("JMSMessageID IN ('ID:abc-1','ID:a.b_c:2') AND JMSTimestamp <= 42");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ID:1' OR '1'='1", "ID 1", "ID:1)"})
    void anythingButAMessageIdIsRefused(String id) {
        assertThatThrownBy(() -> ReplaySelector.of(List.of("ID:1", id), 42L))
                .isInstanceOf(InvalidMessageException.class).hasMessage("Not a message id: " + id);
    }

    @Test
    void anIdOfMoreThan100CharactersIsRefused() {
        assertThat(ReplaySelector.of(List.of("a".repeat(100)), 1L)).contains("'" + "a".repeat(100) + "'");
        assertThatThrownBy(() -> ReplaySelector.of(List.of("a".repeat(101)), 1L))
                .isInstanceOf(InvalidMessageException.class);
    }
}
