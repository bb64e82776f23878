package vn.resultpost.gateway.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Phase 3 of the benchmark: the raw Artemis baseline ({@link ArtemisBaseline}) in a JVM of its own, for the
 * messages of as many shipments as the lifecycle finished, with the disk's synchronous write rate just before it.
 */
final class BaselinePhase {

    private BaselinePhase() {
    }

    static Map<String, Object> run(BenchProcesses procs, Path work, int shipments) throws Exception {
        Benchmark.log("phase 3, raw Artemis baseline: the messages of " + shipments + " shipments ("
                + shipments * ArtemisBaseline.PER_SHIPMENT + "), durable and transacted, in a JVM of its own");
        double disk = Machine.dsyncWritesPerSecond(work);
        Benchmark.log("disk: " + disk + " synchronous 4 KiB writes/s before the baseline");
        Process p = procs.start(List.of(BenchProcesses.java(), "-Xmx512m", "@" + procs.classpathArgs(),
                ArtemisBaseline.class.getName(), work.resolve("baseline-data").toString(), Integer.toString(shipments)),
                Map.of(), work.resolve("baseline.log"));
        p.waitFor();
        Map<String, Object> result = new LinkedHashMap<>();
        for (String line : Files.readAllLines(work.resolve("baseline.log"))) {
            if (line.startsWith("BASELINE-JSON ")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> m = new ObjectMapper().readValue(line.substring(14), Map.class);
                Benchmark.log("baseline: " + m);
                result.putAll(m);
            }
        }
        if (result.isEmpty()) {
            result.put("error", "the baseline ended with code " + p.exitValue() + "; see " + work.resolve("baseline.log"));
        }
        result.put("diskDsyncWritesPerSecond", disk);
        return result;
    }
}
