package vn.resultpost.gateway.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The benchmark's table: targets judged from the result map, for a gateway it started and for one already running. */
class BenchReportTest {

    @Test
    void judgesAStartedGatewayAgainstEachTarget() {
        Map<String, Object> result = result(Map.of("secondsToReady", 7.1),
                Map.of("gatewayCpuSecondsPerShipment", 0.0364, "simulatorsInGatewayProcess", false,
                        "simulatorCpuSeconds", 72.6, "peakRssMib", 620.0, "maxRssSampledMib", 600.0));

        List<BenchReport.Row> rows = BenchReport.rows(result);

        assertThat(row(rows, "Start-up to ready (s)")).isEqualTo(new BenchReport.Row("Start-up to ready (s)", "7.1", "<= 8", true));
        assertThat(row(rows, "Full lifecycle, shipments/s (steady window)").met()).isFalse();
        assertThat(row(rows, "Gateway CPU seconds per shipment").measured()).isEqualTo("0.0364");
        assertThat(row(rows, "Gateway peak RSS, VmHWM (MiB)").measured()).isEqualTo("620");
        assertThat(result).containsKey("targets");
    }

    @Test
    void aRunningGatewayHasNoStartUpAndItsRowsSayWhatTheyHold() {
        Map<String, Object> result = result(Map.of("alreadyRunning", true, "pid", 4711L),
                Map.of("gatewayCpuSecondsPerShipment", 0.0544, "simulatorsInGatewayProcess", true,
                        "simulatorCpuSeconds", "in the gateway's (built-in simulators)", "peakRssMib", 1560.0,
                        "maxRssSampledMib", 631.0));

        List<BenchReport.Row> rows = BenchReport.rows(result);

        assertThat(row(rows, "Start-up to ready (s)"))
                .isEqualTo(new BenchReport.Row("Start-up to ready (s)", "- (already running)", "<= 8", null));
        assertThat(row(rows, "Gateway CPU s per shipment (its built-in simulators' included)").measured()).isEqualTo("0.0544");
        assertThat(row(rows, "Gateway peak RSS during the run, sampled each second (MiB)").measured())
                .as("the sample of the run, not the process's older peak").isEqualTo("631");
    }

    private static Map<String, Object> result(Map<String, Object> startup, Map<String, Object> resources) {
        Map<String, Object> r = new HashMap<>();
        r.put("startup", startup);
        r.put("resources", resources);
        r.put("lifecycle", Map.of("shipmentsPerSecondSteady", 44.8, "unfinished", 0, "notDelivered", 0, "finalSequenceNot6", 0));
        return r;
    }

    private static BenchReport.Row row(List<BenchReport.Row> rows, String what) {
        return rows.stream().filter(r -> r.what().equals(what)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + what + " in " + rows));
    }
}
