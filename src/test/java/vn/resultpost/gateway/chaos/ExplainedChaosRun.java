package vn.resultpost.gateway.chaos;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

/**
 * A chaos run inside a test whose every failure explains itself: CI shows a failed test's message, not the
 * harness's output file, so an exception, a timeout or a failed assertion carries the harness's last log lines and,
 * when the run ended, its report.
 */
final class ExplainedChaosRun {

    /** The assertions a test makes on a finished run's report. */
    interface Check {
        void verify(ChaosReport report);
    }

    /** A run as this class drives it: {@link ChaosHarness}, or a stand-in in this class's own test. */
    interface Run {
        ChaosReport run() throws Exception;

        String lastLog();
    }

    private ExplainedChaosRun() {
    }

    /**
     * Runs the harness for {@code options} (given up after {@code limit}: its processes are stopped) and applies
     * {@code check} to the report.
     */
    static ChaosReport check(ChaosOptions options, Duration limit, Check check) {
        return check(new ChaosHarness(options), options.timeout(), limit, check);
    }

    /** {@link #check(ChaosOptions, Duration, Check)} for any run; {@code deadline} is the run's own deadline. */
    static ChaosReport check(Run run, Duration deadline, Duration limit, Check check) {
        ChaosReport report = assertTimeoutPreemptively(limit, () -> {
            try {
                return run.run();
            } catch (Exception e) {
                throw new AssertionError("the chaos run failed: " + e + "\n" + lastLines(run), e);
            }
        }, () -> "the chaos run did not end within " + limit + " (options.timeout " + deadline + ")\n"
                + lastLines(run));
        try {
            check.verify(report);
        } catch (AssertionError e) {
            // the report last: CI prints the tail of its output, and the report ends with the findings and the verdict
            throw new AssertionError(e.getMessage() + "\n" + lastLines(run) + "\n" + report.text(), e);
        }
        return report;
    }

    private static String lastLines(Run run) {
        return "---- the harness's last log lines ----\n" + run.lastLog();
    }
}
