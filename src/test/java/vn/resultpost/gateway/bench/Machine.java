package vn.resultpost.gateway.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The machine the benchmark ran on: cores, memory, CPU model, JDK, the gateway jar, and how fast its disk makes a
 * write durable (the durable broker's limit), for the result file.
 */
final class Machine {

    private Machine() {
    }

    /** The machine, and the size of the gateway's jar (null: a gateway already running, its jar unknown here). */
    static Map<String, Object> describe(Path jar) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("memTotalMib", firstNumber("/proc/meminfo", "MemTotal:") / 1024);
        m.put("cpuModel", cpuModel());
        m.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        try {
            m.put("jarMib", jar == null ? null : Math.round(Files.size(jar) / 1048576.0 * 10) / 10.0);
        } catch (IOException e) {
            m.put("jarMib", null);
        }
        return m;
    }

    /**
     * Synchronous 4 KiB writes per second into a file of {@code dir} (O_DSYNC, one thread, 2,000 writes or 2 s), as
     * a journal commit makes them; -1 if the probe could not write. Recorded because the broker baseline depends on it.
     */
    static double dsyncWritesPerSecond(Path dir) {
        Path file = dir.resolve("dsync-probe.tmp");
        ByteBuffer block = ByteBuffer.allocate(4096);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.DSYNC, StandardOpenOption.DELETE_ON_CLOSE)) {
            long start = System.nanoTime();
            long deadline = start + 2_000_000_000L;
            int writes = 0;
            while (writes < 2000 && System.nanoTime() < deadline) {
                block.clear();
                ch.write(block, (long) (writes % 256) * 4096);
                writes++;
            }
            return Math.round(writes / ((System.nanoTime() - start) / 1e9));
        } catch (IOException e) {
            return -1;
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long firstNumber(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(key))
                    .map(l -> l.replaceAll("[^0-9]", "")).mapToLong(Long::parseLong).findFirst().orElse(0);
        } catch (IOException e) {
            return 0;
        }
    }
}
