package vn.resultpost.gateway.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The benchmark's whole-machine CPU: /proc/stat's busy time, and how it divides among the processes per shipment. */
class MachineCpuTest {

    @Test
    void busyIsEverythingButIdleAndIowaitWithoutCountingGuestTimeTwice() {
        // user nice system idle iowait irq softirq steal guest guest_nice
        long[] busyTotal = MachineCpu.busyAndTotal("cpu  100 5 40 800 20 3 2 0 30 0");

        assertThat(busyTotal).containsExactly(150, 970);
    }

    @Test
    void thisProcessSpinningMakesTheMachineBusy() {
        MachineCpu cpu = MachineCpu.now();
        long end = System.nanoTime() + 300_000_000L;
        long spins = 0;
        while (System.nanoTime() < end) {
            spins++;
        }

        MachineCpu.Usage used = cpu.since();

        assertThat(spins).isPositive();
        assertThat(used.busySeconds()).as("0.3 s of this thread alone, in 10 ms ticks").isGreaterThanOrEqualTo(0.2);
        assertThat(used.totalSeconds()).isGreaterThanOrEqualTo(used.busySeconds());
        assertThat(used.busyPercent()).isBetween(0.0, 100.0);
    }

    @Test
    void perShipmentTheMachineDividesIntoTheProcessesAndTheRest() {
        Map<String, Object> res = new HashMap<>(Map.of("gatewayCpuSeconds", 17.0, "simulatorCpuSeconds", 5.0,
                "brokerCpuSeconds", 6.0, "driverCpuSeconds", 3.0));

        MachineCpu.record(new MachineCpu.Usage(50.0, 60.0, 12.0), true, 1000, res);

        assertThat(res).containsEntry("machineCpuSeconds", 50.0).containsEntry("postgresCpuSeconds", 12.0);
        assertThat((double) res.get("machineCpuBusyPercent")).isEqualTo(83.3, org.assertj.core.data.Offset.offset(0.1));
        @SuppressWarnings("unchecked")
        Map<String, Object> perShipment = (Map<String, Object>) res.get("machineCpuMsPerShipment");
        assertThat(List.copyOf(perShipment.keySet()))
                .containsExactly("all", "gateway", "simulators", "broker", "postgres", "driver", "rest");
        assertThat(perShipment).containsEntry("all", 50.0).containsEntry("postgres", 12.0).containsEntry("rest", 7.0);
    }

    @Test
    void builtInSimulatorsAndTheEmbeddedBrokerAreInTheGatewaysShare() {
        Map<String, Object> res = new HashMap<>(Map.of("gatewayCpuSeconds", 30.0,
                "simulatorCpuSeconds", "in the gateway's (built-in simulators)", "driverCpuSeconds", 4.0));

        MachineCpu.record(new MachineCpu.Usage(40.0, 60.0, 0.5), false, 1000, res);

        assertThat(res).doesNotContainKey("postgresCpuSeconds");
        @SuppressWarnings("unchecked")
        Map<String, Object> perShipment = (Map<String, Object>) res.get("machineCpuMsPerShipment");
        assertThat(List.copyOf(perShipment.keySet())).containsExactly("all", "gateway", "driver", "rest");
        assertThat(perShipment).containsEntry("rest", 6.0);
    }
}
