package vn.resultpost.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged launcher (scripts/run-jar.sh) hands the JVM its options, the malloc arena bound and the priorities. */
class RunJarScriptTest {

    @TempDir
    Path dir;

    private static final String PRIORITIES = "-XX:ThreadPriorityPolicy=1 -XX:JavaPriority1_To_OSPriority=19"
            + " -XX:JavaPriority6_To_OSPriority=0 -XX:JavaPriority7_To_OSPriority=0 -XX:JavaPriority8_To_OSPriority=0"
            + " -XX:JavaPriority9_To_OSPriority=0 -XX:JavaPriority10_To_OSPriority=0";

    @Test
    void theJvmRunsWithTwoMallocArenasUnlessTheEnvironmentSaysOtherwise() throws Exception {
        assertThat(launch(Map.of("JAVA_OPTS", "-Xmx64m -Dx=1")))
                .isEqualTo("arena=2 args=" + PRIORITIES + " -Xmx64m -Dx=1 -jar " + jar());
        assertThat(launch(Map.of("MALLOC_ARENA_MAX", "4"))).startsWith("arena=4 args=" + PRIORITIES + " -jar ");
    }

    @Test
    void backgroundThreadsRunAtNiceNineteenUnlessTheEnvironmentSaysOtherwise() throws Exception {
        assertThat(launch(Map.of("GATEWAY_BACKGROUND_NICE", "10")))
                .startsWith("arena=2 args=" + PRIORITIES.replace("OSPriority=19", "OSPriority=10") + " -jar ");
        assertThat(launch(Map.of("GATEWAY_BACKGROUND_NICE", "off"))).isEqualTo("arena=2 args=-jar " + jar());
        assertThat(refused(Map.of("GATEWAY_BACKGROUND_NICE", "-5")))
                .isEqualTo("run-jar: GATEWAY_BACKGROUND_NICE must be 0-19 or off, was '-5'");
    }

    @Test
    void aRealJvmRunsPriorityOneThreadsAtTheBackgroundNiceAndTheOthersAtZero() throws Exception {
        Path probe = dir.resolve("probe.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, NiceProbe.class.getName());
        String entry = NiceProbe.class.getName().replace('.', '/') + ".class";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(probe), manifest);
             InputStream in = NiceProbe.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
        }
        ProcessBuilder pb = new ProcessBuilder("bash", "scripts/run-jar.sh", "--no-cds", probe.toString());
        pb.environment().remove("JAVA_OPTS");
        pb.environment().remove("GATEWAY_BACKGROUND_NICE");
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(out).isEqualTo("priority 1: nice 19; priority 5: nice 0; priority 10: nice 0");
    }

    /** Started by the test above in a JVM of its own: the nice value the OS gives threads of three priorities. */
    public static final class NiceProbe {
        public static void main(String[] args) throws Exception {
            System.out.println("priority 1: nice " + niceAt(1) + "; priority 5: nice " + niceAt(5)
                    + "; priority 10: nice " + niceAt(10));
        }

        private static String niceAt(int priority) throws Exception {
            String[] nice = new String[1];
            Thread t = new Thread(() -> {
                try {
                    String stat = Files.readString(Path.of("/proc/thread-self/stat"));
                    nice[0] = stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16];
                } catch (IOException e) {
                    nice[0] = e.toString();
                }
            });
            t.setPriority(priority);
            t.start();
            t.join();
            return nice[0];
        }
    }

    private Path jar() throws IOException {
        Path jar = dir.resolve("gateway.jar");
        if (!Files.exists(jar)) {
            Files.writeString(jar, "not a real jar: the stand-in java below only echoes");
        }
        return jar.toRealPath();
    }

    /** Runs the launcher with --no-cds and a stand-in java that prints what it was given. */
    private String launch(Map<String, String> env) throws Exception {
        return run(env, 0);
    }

    /** As {@link #launch}, for a launch the launcher refuses (exit status 2). */
    private String refused(Map<String, String> env) throws Exception {
        return run(env, 2);
    }

    private String run(Map<String, String> env, int status) throws Exception {
        Path java = dir.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"arena=${MALLOC_ARENA_MAX:-unset} args=$*\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwx------"));
        ProcessBuilder pb = new ProcessBuilder("bash", "scripts/run-jar.sh", "--no-cds", jar().toString())
                .redirectErrorStream(true);
        pb.environment().remove("MALLOC_ARENA_MAX");
        pb.environment().remove("JAVA_OPTS");
        pb.environment().remove("GATEWAY_BACKGROUND_NICE");
        pb.environment().put("JAVA", java.toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.exitValue()).as(out).isEqualTo(status);
        return out;
    }
}
