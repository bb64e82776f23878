package vn.resultpost.gateway.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The table at the end of a benchmark run: each measurement beside its target of issue 8. */
final class BenchReport {

    private BenchReport() {
    }

    /** One row: what, the value measured, the target (empty if none), and whether it is met (null: no target). */
    record Row(String what, String measured, String target, Boolean met) {
    }

    /** Computes the rows and puts them in the result map under "targets". */
    @SuppressWarnings("unchecked")
    static List<Row> rows(Map<String, Object> r) {
        Map<String, Object> start = map(r, "startup");
        Map<String, Object> life = map(r, "lifecycle");
        Map<String, Object> res = map(r, "resources");
        Map<String, Object> intake = map(r, "restIntake");
        Map<String, Object> fixed = map(intake, "fixedRate");
        Map<String, Object> sat = map(intake, "saturation");
        Map<String, Object> base = map(r, "artemisBaseline");
        List<Row> rows = new ArrayList<>();
        double startup = num(start, "secondsToReady");
        rows.add(new Row("Start-up to ready (s)", start.containsKey("alreadyRunning") ? "- (already running)" : f(startup),
                "<= 8", Double.isNaN(startup) ? null : startup <= 8));
        double steady = num(life, "shipmentsPerSecondSteady");
        long lost = (long) num(life, "unfinished") + (long) num(life, "notDelivered") + (long) num(life, "finalSequenceNot6");
        rows.add(new Row("Full lifecycle, shipments/s (steady window)", f(steady), ">= 400", steady >= 400));
        rows.add(new Row("Full lifecycle, shipments/s (all, to last report)", f(num(life, "shipmentsPerSecondOverall")), "", null));
        rows.add(new Row("Lifecycle unfinished at timeout / not delivered / short", (long) num(life, "unfinished") + " / "
                + (long) num(life, "notDelivered") + " / " + (long) num(life, "finalSequenceNot6"), "0", lost == 0));
        Map<String, Object> e2e = map(life, "endToEnd");
        rows.add(new Row("End-to-end latency p50 / p95 / p99 (ms)", f(num(e2e, "p50Ms")) + " / " + f(num(e2e, "p95Ms"))
                + " / " + f(num(e2e, "p99Ms")), "", null));
        double satRate = num(sat, "acceptedPerSecond");
        rows.add(new Row("REST intake at saturation, accepted req/s", f(satRate) + (num(sat, "non2xx") > 0
                ? " (" + (long) num(sat, "non2xx") + " non-2xx)" : ""), ">= 2000", Double.isNaN(satRate) ? null : satRate >= 2000));
        rows.add(new Row("  gateway CPU ms per accepted submission (ceiling req/s)", cost(sat), "", null));
        Map<String, Object> floor = map(r, "httpFloor");
        rows.add(new Row("  HTTP floor: liveness probe, CPU ms/request (req/s)", cost(map(floor, "liveness")), "", null));
        rows.add(new Row("  HTTP floor: GET unknown result (API key, 404)", cost(map(floor, "unknownResult")), "", null));
        Map<String, Object> lat = map(fixed, "latency");
        double p99 = num(lat, "p99Ms");
        rows.add(new Row("REST at " + f(num(fixed, "achievedPerSecond")) + " req/s, p50 / p95 / p99 (ms)",
                f(num(lat, "p50Ms")) + " / " + f(num(lat, "p95Ms")) + " / " + f(p99), "p99 <= 25", p99 <= 25));
        double gatewayMsgs = steady * ArtemisBaseline.PER_SHIPMENT;
        double baseMsgs = num(base, "messagesPerSecond");
        double share = gatewayMsgs / baseMsgs * 100;
        rows.add(new Row("Artemis baseline, messages/s (shipments/s)", f(baseMsgs) + " (" + f(num(base, "shipmentsPerSecond"))
                + ")", "", null));
        rows.add(new Row("  disk: 4 KiB O_DSYNC writes/s (start; baseline)",
                f(num(map(r, "machine"), "diskDsyncWritesPerSecond")) + "; " + f(num(base, "diskDsyncWritesPerSecond")),
                "", null));
        rows.add(new Row("Lifecycle messages/s as share of baseline (%)", f(share), ">= 50",
                Double.isNaN(share) ? null : share >= 50));
        double cpu = num(res, "gatewayCpuSecondsPerShipment");
        boolean builtIn = Boolean.TRUE.equals(res.get("simulatorsInGatewayProcess"));
        rows.add(new Row(builtIn ? "Gateway CPU s per shipment (its built-in simulators' included)"
                : "Gateway CPU seconds per shipment", Double.isNaN(cpu) ? "-" : String.format(Locale.ROOT, "%.4f",
                cpu), "", null));
        Map<String, Object> kinds = map(res, "gatewayCpuMsPerShipmentByKind");
        rows.add(new Row("  of which ms: JIT compiler / GC / other threads", f(num(kinds, "jitCompiler")) + " / "
                + f(num(kinds, "garbageCollector")) + " / " + f(num(kinds, "otherThreads")), "", null));
        if (res.containsKey("machineCpuMsPerShipment")) {
            StringBuilder parts = new StringBuilder();
            map(res, "machineCpuMsPerShipment").forEach((who, ms) -> parts.append(parts.isEmpty() ? "" : " / ")
                    .append(who).append(' ').append(f(((Number) ms).doubleValue())));
            rows.add(new Row("Whole machine: CPU ms per shipment (cores busy %: phase; steady window)", parts + " ("
                    + f(num(res, "machineCpuBusyPercent")) + " %; " + f(num(life, "machineCpuBusyPercentSteady")) + " %)",
                    "", null));
        }
        if (res.containsKey("databaseTransactionsPerShipment")) {
            rows.add(new Row("  PostgreSQL transactions per shipment (reads too)",
                    f(num(res, "databaseTransactionsPerShipment")), "", null));
        }
        if (res.containsKey("h2FileWritesPerShipment")) {
            rows.add(new Row("  H2 file writes per shipment (about one per commit)",
                    f(num(res, "h2FileWritesPerShipment")), "", null));
        }
        if (res.containsKey("h2Commits")) {
            Map<String, Object> h2 = map(res, "h2Commits");
            rows.add(new Row("  H2 bytes (pages) per commit, layout map's share (bench/H2Chunks)",
                    String.format(Locale.ROOT, "%,.0f (%.1f), %.0f %%%s", num(h2, "bytesPerCommit"),
                            num(h2, "pagesPerCommit"), num(h2, "layoutSharePercent"),
                            Boolean.FALSE.equals(h2.get("wholeFileRead")) ? ", part of the file" : ""), "", null));
        }
        if (res.containsKey("groupCommitsPerShipment")) {
            rows.add(new Row("  Group commits of small writes per shipment / writes per group commit",
                    f(num(res, "groupCommitsPerShipment")) + " / " + f(num(res, "groupCommitsMeanSize")), "", null));
        }
        if (res.containsKey("brokerMessagesPerShipment")) {
            rows.add(new Row("  Broker messages per shipment (embedded broker's count; baseline assumes 11)",
                    f(num(res, "brokerMessagesPerShipment")), "", null));
        }
        // A gateway that ran before the benchmark may have peaked before it: then the largest sample of the run.
        boolean running = start.containsKey("alreadyRunning");
        double peak = num(res, running ? "maxRssSampledMib" : "peakRssMib");
        rows.add(new Row(running ? "Gateway peak RSS during the run, sampled each second (MiB)" : "Gateway peak RSS, VmHWM (MiB)",
                f(peak), "<= 450", Double.isNaN(peak) ? null : peak <= 450));
        Map<String, Object> targets = new LinkedHashMap<>();
        for (Row row : rows) {
            targets.put(row.what(), Map.of("measured", row.measured(), "target", row.target(),
                    "met", row.met() == null ? "n/a" : row.met()));
        }
        r.put("targets", targets);
        return rows;
    }

    /** "cpu ms (measured req/s; ceiling req/s on the cores)" of a wrk phase. */
    private static String cost(Map<String, Object> phase) {
        double ms = num(phase, "gatewayCpuMsPerRequest");
        return Double.isNaN(ms) ? "-" : String.format(Locale.ROOT, "%.2f (%s/s; %s/s)", ms,
                f(num(phase, "answeredPerSecond")), f(num(phase, "ceilingPerSecond")));
    }

    static void print(List<Row> rows, PrintStream out) {
        out.println();
        out.printf("%-58s %-24s %-10s %s%n", "Measurement", "Measured", "Target", "Met");
        out.println("-".repeat(100));
        for (Row row : rows) {
            out.printf("%-58s %-24s %-10s %s%n", row.what(), row.measured(), row.target(),
                    row.met() == null ? "" : row.met() ? "yes" : "NO");
        }
        out.println();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> m, String key) {
        Object v = m == null ? null : m.get(key);
        return v instanceof Map ? (Map<String, Object>) v : Map.of();
    }

    private static double num(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static String f(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, v >= 100 ? "%.0f" : "%.1f", v);
    }
}
