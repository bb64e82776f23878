package vn.resultpost.gateway.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's command line: defaults of the full run, --quick, later options winning, clear errors. */
class BenchOptionsTest {

    @Test
    void withoutOptionsItIsTheFullRun() {
        BenchOptions o = BenchOptions.parse(new String[0]);

        assertThat(o.lifecycleDuration()).isEqualTo(Duration.ofMinutes(5));
        assertThat(o.lifecycleRate()).isEqualTo(400);
        assertThat(o.gatewayJvm()).isEqualTo("-Xmx256m -XX:+UseParallelGC -Djdk.nio.maxCachedBufferSize=262144");
        assertThat(o.baseline()).isTrue();
        assertThat(o.jfr()).isFalse();
        assertThat(o).isEqualTo(BenchOptions.defaults());
    }

    @Test
    void quickShortensThePhasesAndLaterOptionsWin() {
        BenchOptions o = BenchOptions.parse(new String[] {"--quick", "--warmup", "5s", "--rate", "25", "--jfr",
                "--no-baseline", "--postgres", "--gateway-property", "a=1", "--gateway-property", "b=2",
                "--work-dir", "/tmp/x", "--gateway-jvm", "-Xmx192m -XX:+UseSerialGC"});

        assertThat(o.lifecycleDuration()).isEqualTo(Duration.ofSeconds(60));
        assertThat(o.warmup()).isEqualTo(Duration.ofSeconds(5));
        assertThat(o.restDuration()).isEqualTo(Duration.ofSeconds(15));
        assertThat(o.lifecycleRate()).isEqualTo(25);
        assertThat(o.jfr()).isTrue();
        assertThat(o.baseline()).isFalse();
        assertThat(o.gatewayProperties()).containsExactly("a=1", "b=2");
        assertThat(o.workDir()).isEqualTo(Path.of("/tmp/x"));
        assertThat(o.gatewayJvm()).isEqualTo("-Xmx192m -XX:+UseSerialGC");
    }

    @Test
    void anUnknownOptionOrAMissingValueIsRefusedWithTheUsage() {
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--speed", "9"}))
                .hasMessageStartingWith("Unknown option --speed").hasMessageContaining("--duration D");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--rate"}))
                .hasMessageStartingWith("Option --rate needs a value");
        assertThat(List.of(BenchOptions.d("500ms"), BenchOptions.d("1.5m")))
                .containsExactly(Duration.ofMillis(500), Duration.ofSeconds(90));
    }
}
