package vn.resultpost.gateway.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The machine the benchmark ran on: cores, memory, CPU model, JDK and the gateway jar, for the result file. */
final class Machine {

    private Machine() {
    }

    static Map<String, Object> describe(Path jar) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("memTotalMib", firstNumber("/proc/meminfo", "MemTotal:") / 1024);
        m.put("cpuModel", cpuModel());
        m.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        try {
            m.put("jarMib", Math.round(Files.size(jar) / 1048576.0 * 10) / 10.0);
        } catch (IOException e) {
            m.put("jarMib", null);
        }
        return m;
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
