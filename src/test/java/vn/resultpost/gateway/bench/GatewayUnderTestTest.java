package vn.resultpost.gateway.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The wait, before the baseline, for a gateway the benchmark did not start to be idle. */
class GatewayUnderTestTest {

    private static final String BUSY_LOOP = "while :; do :; done";

    @Test
    void anIdleProcessIsIdleAfterOneLook() throws Exception {
        assertThat(whileRunning(new ProcessBuilder("sleep", "60"),
                idle -> waitForIdle(attachedTo(idle.pid()), Duration.ofSeconds(30)))).isTrue();
    }

    @Test
    void aBusyProcessIsStillBusyWhenTheWaitRunsOut() throws Exception {
        assertThat(whileRunning(new ProcessBuilder("sh", "-c", BUSY_LOOP),
                busy -> waitForIdle(attachedTo(busy.pid()), Duration.ofSeconds(6)))).isFalse();
    }

    @Test
    void aGoneProcessEndsTheWait() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        assertThat(attachedTo(gone.pid()).awaitIdle(Duration.ofSeconds(30))).isTrue();
    }

    @Test
    void aGatewayTheBenchmarkStartedIsNotWaitedFor() throws Exception {
        assertThat(whileRunning(new ProcessBuilder("sh", "-c", BUSY_LOOP), started -> waitForIdle(
                new GatewayUnderTest("http://localhost:1", started.pid(), "http://localhost:1", -1, Map.of(), started,
                        null), Duration.ofSeconds(30)))).isTrue();
    }

    /** A gateway already running (not started by the benchmark) with this process id. */
    private static GatewayUnderTest attachedTo(long pid) {
        return new GatewayUnderTest("http://localhost:1", pid, "http://localhost:1", -1, Map.of(), null, null);
    }

    private static boolean waitForIdle(GatewayUnderTest gw, Duration timeout) {
        try {
            return gw.awaitIdle(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts the process, applies {@code check} to it, and stops it whatever happens. */
    private static boolean whileRunning(ProcessBuilder command, Function<Process, Boolean> check) throws Exception {
        Process p = command.start();
        try {
            return check.apply(p);
        } finally {
            p.destroyForcibly();
        }
    }
}
