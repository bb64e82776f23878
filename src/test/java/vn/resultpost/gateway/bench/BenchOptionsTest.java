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
        assertThat(List.of(BenchCommandLine.d("500ms"), BenchCommandLine.d("1.5m")))
                .containsExactly(Duration.ofMillis(500), Duration.ofSeconds(90));
    }

    @Test
    void aRunningGatewayIsDrivenWithItsBuiltInSimulatorsUnlessToldOtherwise() {
        BenchOptions own = BenchOptions.parse(new String[] {"--gateway-url", "http://localhost:8080/", "--quick"});
        assertThat(own.attached()).isTrue();
        assertThat(own.gatewayUrl()).isEqualTo("http://localhost:8080");
        assertThat(own.simulatorUrl()).isNull();
        assertThat(BenchOptions.defaults().attached()).isFalse();

        BenchOptions apart = BenchOptions.parse(new String[] {"--gateway-url", "http://localhost:8080",
                "--simulator-url", "http://127.0.0.1:9090"});
        assertThat(apart.simulatorUrl()).isEqualTo("http://127.0.0.1:9090");
    }

    @Test
    void optionsOfAGatewayItStartsAreRefusedForARunningOne() {
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--gateway-url", "http://localhost:8080", "--jfr",
                "--gateway-property", "a=1"}))
                .hasMessageStartingWith("--jfr, --gateway-property: only for a gateway the benchmark starts");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--simulator-url", "http://localhost:9090"}))
                .hasMessageStartingWith("--simulator-url goes with --gateway-url");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--gateway-url", "localhost:8080"}))
                .hasMessageStartingWith("Not an http(s) URL: localhost:8080");
    }
}
