package vn.resultpost.gateway.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scripts/benchmark/heap_owners.py charges the byte arrays planted by {@link HeapHolder} to their holders. */
class HeapOwnersScriptTest {

    private static final int GATEWAY_MIB = 24;
    private static final int JACKSON_MIB = 12;
    private static final String SCRIPT = "scripts/benchmark/heap_owners.py";
    /** A line of a table: MiB, objects, label ("  24.01 MiB      384  vn.resultpost.bench"). */
    private static final Pattern ROW = Pattern.compile("\\s*([0-9.]+) MiB\\s+\\d+\\s+(.+)");

    @TempDir
    static Path dir;

    private static Path dump;

    @BeforeAll
    static void plantAndDump() throws Exception {
        dump = dir.resolve("planted.hprof");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        run(List.of(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"), HeapHolder.class.getName(),
                dump.toString(), String.valueOf(GATEWAY_MIB), String.valueOf(JACKSON_MIB)));
    }

    @Test
    void chargesEachPlantedHolderAtLeastWhatItHolds() throws Exception {
        String out = script(dump.toString());
        Map<String, Double> owners = table(out);
        assertThat(owners.keySet()).as(out).startsWith("vn.resultpost.bench", "com.fasterxml.");
        assertThat(owners.get("vn.resultpost.bench")).as(out).isBetween(0.9 * GATEWAY_MIB, 1.1 * GATEWAY_MIB);
        assertThat(owners.get("com.fasterxml.")).as(out).isBetween(0.9 * JACKSON_MIB, 1.1 * JACKSON_MIB);
    }

    @Test
    void namesTheClassOfTheStaticFieldAsTheByteArraysReferrer() throws Exception {
        String out = script(dump.toString(), "--class", "byte[]");
        Map<String, Double> chains = table(out);
        assertThat(chains.keySet().iterator().next()).as(out).startsWith("[[B < HeapHolder");
        assertThat(mibOf(chains, "[[B < HeapHolder")).as(out).isGreaterThanOrEqualTo(0.9 * GATEWAY_MIB);
        assertThat(mibOf(chains, "BinaryNode < Object; < ArrayList < ArrayNode"))
                .as(out).isGreaterThanOrEqualTo(0.9 * JACKSON_MIB);
    }

    /** The MiB of the table's rows whose label starts with {@code prefix}. */
    private static double mibOf(Map<String, Double> table, String prefix) {
        return table.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToDouble(Map.Entry::getValue)
                .sum();
    }

    /** The script's table: label to MiB, in the printed order (largest first). */
    private static Map<String, Double> table(String out) {
        Map<String, Double> rows = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                rows.merge(m.group(2), Double.parseDouble(m.group(1)), Double::sum);
            }
        }
        return rows;
    }

    /** Runs the script on the dump; fails, not skips, without python3. */
    private static String script(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("python3", SCRIPT));
        command.addAll(List.of(args));
        try {
            return run(command);
        } catch (IOException e) {
            throw new AssertionError("python3 is needed to run " + SCRIPT + " (Debian: apt-get install python3): "
                    + e.getMessage(), e);
        }
    }

    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not end within 120 s");
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("exit status of %s; its output:%n%s", command, out).isZero();
        return out;
    }
}
