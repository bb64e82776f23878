package vn.resultpost.gateway.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The short scale-out run of CI: two gateway processes on one PostgreSQL schema (the server at 127.0.0.1:5432)
 * and an Artemis HA pair (primary and backup on a shared store, JVMs of their own, config/artemis/ha/), behind a
 * load balancer that the clients and the simulated carrier's webhooks go through; each instance is SIGKILLed once
 * mid-run and restarted while the other goes on, and the broker's primary is SIGKILLed once so the instances fail
 * over to the backup. Checked on the simulators' records: every result exactly one order, every status reported,
 * in order; and the shared database drained. The long run: {@code bash scripts/chaos.sh --cluster 3}.
 */
@Tag("chaos")
class ClusterHarnessTest {

    @Test
    void twoInstancesOnPostgresAndAnArtemisPairLoseDuplicateAndMisorderNothingWhenEachAndThePrimaryAreKilled() throws Exception {
        Path work = Path.of("target", "cluster-test",
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))).toAbsolutePath();
        ChaosOptions options = ChaosOptions.defaults().copy(o -> {
            o.instances = 2;
            o.postgres = true;
            o.externalBroker = true;
            // 120 results at 1/s, kills due at progress 0.11 and 0.45 (seed 4100): the second one waits until the
            // first instance is back, and still lands mid-run (a restart takes 30-60 s on a quiet 2-core box, more
            // when it is busy; the run lasts 120 s and more). The primary broker dies at progress 0.45 too.
            o.results = 120;
            o.kills = 2;
            o.seed = 4100;
            o.clients = 2;
            o.rate = 1;
            o.operatorFailuresAt = 0.05;
            o.operatorFailuresFor = Duration.ofSeconds(10);
            o.callbacksDownAt = 0.2;
            o.callbacksDownFor = Duration.ofSeconds(5);
            // The run's own deadline (~2 min on a quiet box), then at most ~6 min to check, stop and read the
            // database, within the test's limit below: a stuck run still ends with its report.
            o.timeout = Duration.ofMinutes(7);
            o.brokerFailoverAt = 0.45;
            o.workDir = work;
        });

        ExplainedChaosRun.check(options, Duration.ofMinutes(15), report -> {
            assertThat(report.kills()).as("instance kills").isEqualTo(2);
            assertThat(report.killLog()).as("the broker's primary was killed").anyMatch(k -> k.contains("broker failover"));
            assertThat(report.killLog()).as("both instance kills came before the last result finished")
                    .filteredOn(k -> k.startsWith("kill")).noneMatch(k -> k.contains("finished 120,"));
            assertThat(report.gatewayStarts()).as("two instances, each restarted once").isEqualTo(4);
            assertThat(report.findings().accepted()).as("results accepted").isEqualTo(120);
            assertThat(report.findings().ordersAtOperator()).as("one order per result").isEqualTo(120);
            assertThat(report.lost()).as("lost").isZero();
            assertThat(report.duplicated()).as("duplicated").isZero();
            assertThat(report.misordered()).as("misordered").isZero();
            assertThat(report.drained()).as("shared database drained: " + report.database()).isTrue();
            assertThat(report.clean()).as("clean").isTrue();
        });
    }
}
