package vn.resultpost.gateway.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The short chaos run of CI: the gateway and the simulators as separate processes, 60 results,
 * 3 SIGKILLs of the gateway, the operator failing 30% of create calls (and losing 5% of replies) for a
 * stretch, the dossier system's callback endpoint down for a stretch. Nothing may be lost, duplicated
 * or misordered. The long run is {@code bash scripts/chaos.sh} (docs/reliability.md).
 */
@Tag("chaos")
class ChaosHarnessTest {

    @Test
    void shortChaosRunLosesDuplicatesAndMisordersNothing() throws Exception {
        Path work = Path.of("target", "chaos-test",
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))).toAbsolutePath();
        ChaosOptions options = ChaosOptions.defaults().copy(o -> {
            o.results = 60;
            o.kills = 3;
            o.clients = 2;
            o.rate = 3;
            o.operatorFailuresAt = 0.05;
            o.operatorFailuresFor = Duration.ofSeconds(15);
            o.callbacksDownAt = 0.2;
            o.callbacksDownFor = Duration.ofSeconds(8);
            o.timeout = Duration.ofMinutes(5); // then at most ~4 min to check, stop and read: within the limit below
            o.workDir = work;
        });

        ExplainedChaosRun.check(options, Duration.ofMinutes(11), report -> {
            assertThat(report.kills()).as("gateway kills").isEqualTo(3);
            assertThat(report.findings().accepted()).as("results accepted").isEqualTo(60);
            assertThat(report.lost()).as("lost").isZero();
            assertThat(report.duplicated()).as("duplicated").isZero();
            assertThat(report.misordered()).as("misordered").isZero();
            assertThat(report.drained()).as("gateway drained: " + report.database()).isTrue();
            assertThat(report.clean()).as("clean").isTrue();
        });
    }
}
