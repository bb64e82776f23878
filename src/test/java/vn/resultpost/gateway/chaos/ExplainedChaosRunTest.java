package vn.resultpost.gateway.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A chaos run that fails inside a test says why in the failure's message, with the harness's last log lines. */
class ExplainedChaosRunTest {

    private static final String LAST_LINES = "---- the harness's last log lines ----";

    @Test
    void aRunThatCannotStartFailsWithItsCauseAndTheHarnessLastLogLines(@TempDir Path notTheRepository) {
        ChaosOptions options = ChaosOptions.defaults().copy(o -> {
            o.projectDir = notTheRepository; // no config/application.yml: the harness refuses before starting anything
            o.seed = 4242;
        });

        assertThatThrownBy(() -> ExplainedChaosRun.check(options, Duration.ofSeconds(30), report -> { }))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the chaos run failed")
                .hasMessageContaining("is not the repository root")
                .hasMessageContaining(LAST_LINES)
                .hasMessageContaining("[chaos] seed 4242");
    }

    @Test
    void aRunPastTheTestsLimitIsStoppedAndSaysWhatTheHarnessWasDoing() {
        CountDownLatch never = new CountDownLatch(1);
        ExplainedChaosRun.Run stuck = new StandIn(() -> {
            never.await(); // interrupted by the preemptive timeout
            throw new IllegalStateException("unreachable");
        }, "[chaos] waiting for gateway 2 to be ready");

        assertThatThrownBy(() -> ExplainedChaosRun.check(stuck, Duration.ofMinutes(7), Duration.ofMillis(300),
                report -> { }))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the chaos run did not end within PT0.3S (options.timeout PT7M)")
                .hasMessageContaining(LAST_LINES + "\n[chaos] waiting for gateway 2 to be ready");
    }

    @Test
    void aFailedCheckCarriesTheLastLogLinesThenTheWholeReport() {
        ChaosReport lossy = report(3);
        ExplainedChaosRun.Run finished = new StandIn(() -> lossy, "[chaos] stopping gateway 1");

        Throwable failure = assertThrows(AssertionError.class,
                () -> ExplainedChaosRun.check(finished, Duration.ofMinutes(5), Duration.ofSeconds(30),
                        report -> assertThat(report.lost()).as("lost").isZero()));

        String message = failure.getMessage();
        assertThat(message).startsWith("[lost]").contains(LAST_LINES + "\n[chaos] stopping gateway 1")
                .contains("================ chaos run ================");
        assertThat(message.indexOf(LAST_LINES)).isLessThan(message.indexOf("================ chaos run"));
        assertThat(message.strip()).as("the report last, its verdict at the very end")
                .endsWith("===========================================")
                .contains("RESULT: FAIL — lost 3, duplicated 0, misordered 0");
    }

    @Test
    void aPassingCheckReturnsTheReport() {
        ChaosReport clean = report(0);

        assertThat(ExplainedChaosRun.check(new StandIn(() -> clean, ""), Duration.ofMinutes(5), Duration.ofSeconds(30),
                report -> assertThat(report.lost()).isZero())).isSameAs(clean);
    }

    private static ChaosReport report(int lost) {
        ChaosOptions options = ChaosOptions.defaults().copy(o -> o.kills = 0);
        ChaosCheck.Findings findings = new ChaosCheck.Findings(10, 10, 10, 60, 10 - lost, lost, 0, 0, lost, 0, 0, 0, 0,
                0, 0, 0, 0, 0, List.of());
        Map<String, Object> database = Map.of("outbox messages pending", 0, "timeline entries not reported", 0,
                "shipments not final", lost);
        return new ChaosReport(options, Path.of("target/chaos/test"), findings, JsonNodeFactory.instance.objectNode(),
                JsonNodeFactory.instance.objectNode(), database, 0, 1, 10, Duration.ofSeconds(12), false, List.of());
    }

    /** A run that does {@code body} and shows {@code lastLog} as the harness's last lines. */
    private record StandIn(Callable<ChaosReport> body, String lastLog) implements ExplainedChaosRun.Run {

        @Override
        public ChaosReport run() throws Exception {
            return body.call();
        }
    }
}
