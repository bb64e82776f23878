package vn.resultpost.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** On two cores {@link OutboundHttp#widenCommonPool} gives CompletableFuture's default executor a pool. */
class CommonPoolTest {

    @Test
    void twoCoresGetAPooledDefaultExecutor() throws Exception {
        assertThat(probe(2, false)).isEqualTo("ThreadPerTaskExecutor");
        assertThat(probe(2, true)).isEqualTo("ForkJoinPool");
    }

    @Test
    void aParallelismSetOnTheCommandLineIsKept() throws Exception {
        assertThat(probe(2, true, "-D" + OutboundHttp.COMMON_POOL_PARALLELISM + "=1"))
                .isEqualTo("ThreadPerTaskExecutor");
    }

    /** Runs {@link Probe} in a JVM that sees {@code cores} processors and prints the default executor's class. */
    private static String probe(int cores, boolean widen, String... jvmOptions) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-XX:ActiveProcessorCount=" + cores));
        cmd.addAll(List.of(jvmOptions));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Probe.class.getName(), String.valueOf(widen)));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    /** The probe's main: widens the pool as the mains do (or not), then names the default executor. */
    public static final class Probe {

        public static void main(String[] args) {
            if (Boolean.parseBoolean(args[0])) {
                OutboundHttp.widenCommonPool(Runtime.getRuntime().availableProcessors());
            }
            System.out.println(new CompletableFuture<Void>().defaultExecutor().getClass().getSimpleName());
        }
    }
}
