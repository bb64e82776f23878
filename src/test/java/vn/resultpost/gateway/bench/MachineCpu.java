package vn.resultpost.gateway.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The whole machine's CPU over a phase, from Linux's /proc/stat (every core: busy = all time but idle and iowait),
 * and the CPU of the local PostgreSQL server's processes (every process named {@code postgres}), so that a run on
 * the production topology shows where the cores went beside the processes the benchmark started.
 */
final class MachineCpu {

    private final Sample start;

    private MachineCpu(Sample start) {
        this.start = start;
    }

    /** Reads the counters now: call right before the phase. */
    static MachineCpu now() {
        return new MachineCpu(Sample.read());
    }

    /** Busy and total CPU seconds of all cores, and PostgreSQL's processes' CPU seconds, since {@link #now()}. */
    Usage since() {
        Sample end = Sample.read();
        double postgres = 0;
        for (Map.Entry<Long, Double> p : end.postgres().entrySet()) {
            postgres += p.getValue() - start.postgres().getOrDefault(p.getKey(), 0.0);
        }
        return new Usage((end.busyTicks() - start.busyTicks()) / ProcStats.TICKS,
                (end.totalTicks() - start.totalTicks()) / ProcStats.TICKS, postgres);
    }

    /**
     * Puts the machine's busy CPU into {@code res}, and per shipment finished how it divides among the processes
     * whose CPU {@code res} already holds (gateway, simulators, broker, driver), PostgreSQL's ({@code postgres}: the
     * gateway used the local server) and the rest of the machine (the kernel's work outside those processes, wrk, any
     * other process).
     */
    static void record(Usage box, boolean postgres, int finished, Map<String, Object> res) {
        res.put("machineCpuSeconds", Latencies.round(box.busySeconds()));
        res.put("machineCpuBusyPercent", Latencies.round(box.busyPercent()));
        if (postgres) {
            res.put("postgresCpuSeconds", Latencies.round(box.postgresSeconds()));
        }
        if (finished <= 0) {
            return;
        }
        Map<String, Object> perShipment = new LinkedHashMap<>();
        perShipment.put("all", Latencies.round(box.busySeconds() * 1000 / finished));
        double accounted = 0;
        for (String[] p : new String[][] {{"gateway", "gatewayCpuSeconds"}, {"simulators", "simulatorCpuSeconds"},
                {"broker", "brokerCpuSeconds"}, {"postgres", "postgresCpuSeconds"}, {"driver", "driverCpuSeconds"}}) {
            if (res.get(p[1]) instanceof Number n && !Double.isNaN(n.doubleValue())) {
                perShipment.put(p[0], Latencies.round(n.doubleValue() * 1000 / finished));
                accounted += n.doubleValue();
            }
        }
        perShipment.put("rest", Latencies.round((box.busySeconds() - accounted) * 1000 / finished));
        res.put("machineCpuMsPerShipment", perShipment);
    }

    /** What the phase used: busy CPU seconds of all cores, their total (busy + idle), PostgreSQL's CPU seconds. */
    record Usage(double busySeconds, double totalSeconds, double postgresSeconds) {

        /** Share of the cores' time that was busy, in per cent. */
        double busyPercent() {
            return totalSeconds <= 0 ? Double.NaN : busySeconds / totalSeconds * 100;
        }
    }

    /** The aggregate "cpu" line of /proc/stat: busy and total ticks (guest time is already inside user time). */
    static long[] busyAndTotal(String cpuLine) {
        String[] f = cpuLine.trim().split("\\s+");
        long total = 0;
        // user nice system idle iowait irq softirq steal [guest guest_nice]: the guest fields are counted in user and nice.
        for (int i = 1; i <= Math.min(8, f.length - 1); i++) {
            total += Long.parseLong(f[i]);
        }
        long idle = Long.parseLong(f[4]) + (f.length > 5 ? Long.parseLong(f[5]) : 0);
        return new long[] {total - idle, total};
    }

    private record Sample(long busyTicks, long totalTicks, Map<Long, Double> postgres) {

        static Sample read() {
            long[] cpu;
            try (Stream<String> lines = Files.lines(Path.of("/proc/stat"))) {
                cpu = busyAndTotal(lines.filter(l -> l.startsWith("cpu ")).findFirst().orElseThrow());
            } catch (IOException | RuntimeException e) {
                cpu = new long[] {0, 0};
            }
            return new Sample(cpu[0], cpu[1], postgresProcesses());
        }

        private static Map<Long, Double> postgresProcesses() {
            Map<Long, Double> cpu = new HashMap<>();
            try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
                procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                    try {
                        if (Files.readString(p.resolve("comm")).strip().equals("postgres")) {
                            long pid = Long.parseLong(p.getFileName().toString());
                            double seconds = ProcStats.cpuSeconds(pid);
                            if (!Double.isNaN(seconds)) {
                                cpu.put(pid, seconds);
                            }
                        }
                    } catch (IOException | RuntimeException e) {
                        // the process ended while being read
                    }
                });
            } catch (IOException | RuntimeException e) {
                return Map.of();
            }
            return cpu;
        }
    }
}
