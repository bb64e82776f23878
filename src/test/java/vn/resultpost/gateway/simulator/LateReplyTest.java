package vn.resultpost.gateway.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A held-back reply: an interrupt ends the wait at once and the thread stays interrupted. */
class LateReplyTest {

    @Test
    void anInterruptEndsTheWaitAndIsKept() {
        long start = System.nanoTime();
        Thread.currentThread().interrupt();

        LateReply.hold(Duration.ofMinutes(5));

        assertThat(Thread.interrupted()).isTrue(); // also clears the flag for the tests after this one
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }
}
