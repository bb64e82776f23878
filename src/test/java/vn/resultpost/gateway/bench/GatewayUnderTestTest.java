package vn.resultpost.gateway.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The wait, before the baseline, for a gateway the benchmark did not start to be idle. */
class GatewayUnderTestTest {

    @Test
    void anIdleProcessIsIdleAfterOneLook() throws Exception {
        Process idle = new ProcessBuilder("sleep", "60").start();
        try {
            assertThat(attachedTo(idle.pid()).awaitIdle(Duration.ofSeconds(30))).isTrue();
        } finally {
            idle.destroyForcibly();
        }
    }

    @Test
    void aBusyProcessIsStillBusyWhenTheWaitRunsOut() throws Exception {
        Process busy = new ProcessBuilder("sh", "-c", "while :; do :; done").start();
        try {
            assertThat(attachedTo(busy.pid()).awaitIdle(Duration.ofSeconds(6))).isFalse();
        } finally {
            busy.destroyForcibly();
        }
    }

    @Test
    void aGoneProcessEndsTheWait() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        long pid = gone.pid();
        gone.waitFor();
        assertThat(attachedTo(pid).awaitIdle(Duration.ofSeconds(30))).isTrue();
    }

    @Test
    void aGatewayTheBenchmarkStartedIsNotWaitedFor() throws Exception {
        Process started = new ProcessBuilder("sh", "-c", "while :; do :; done").start();
        try {
            GatewayUnderTest gw = new GatewayUnderTest("http://localhost:1", started.pid(), "http://localhost:1", -1,
                    Map.of(), started, null);
            assertThat(gw.awaitIdle(Duration.ofSeconds(30))).isTrue();
        } finally {
            started.destroyForcibly();
        }
    }

    private static GatewayUnderTest attachedTo(long pid) {
        return new GatewayUnderTest("http://localhost:1", pid, "http://localhost:1", -1, Map.of(), null, null);
    }
}
