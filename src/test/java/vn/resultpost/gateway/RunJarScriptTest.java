package vn.resultpost.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged launcher (scripts/run-jar.sh) hands the JVM its options and the malloc arena bound. */
class RunJarScriptTest {

    @TempDir
    Path dir;

    @Test
    void theJvmRunsWithTwoMallocArenasUnlessTheEnvironmentSaysOtherwise() throws Exception {
        assertThat(launch(Map.of("JAVA_OPTS", "-Xmx64m -Dx=1"))).isEqualTo("arena=2 args=-Xmx64m -Dx=1 -jar " + jar());
        assertThat(launch(Map.of("MALLOC_ARENA_MAX", "4"))).startsWith("arena=4 args=-jar ");
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
        Path java = dir.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"arena=${MALLOC_ARENA_MAX:-unset} args=$*\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwx------"));
        ProcessBuilder pb = new ProcessBuilder("bash", "scripts/run-jar.sh", "--no-cds", jar().toString())
                .redirectErrorStream(true);
        pb.environment().remove("MALLOC_ARENA_MAX");
        pb.environment().remove("JAVA_OPTS");
        pb.environment().put("JAVA", java.toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
