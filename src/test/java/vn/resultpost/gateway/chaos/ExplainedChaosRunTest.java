package vn.resultpost.gateway.chaos;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A chaos run that fails inside a test says why in the failure's message, with the harness's last log lines. */
class ExplainedChaosRunTest {

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
                .hasMessageContaining("---- the harness's last log lines ----")
                .hasMessageContaining("[chaos] seed 4242");
    }
}
