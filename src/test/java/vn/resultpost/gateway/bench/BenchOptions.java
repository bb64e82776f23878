package vn.resultpost.gateway.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Options of the benchmark ({@code bash scripts/benchmark.sh --help}), with the defaults of the full run.
 *
 * @param lifecycleDuration  how long results are submitted in the full-lifecycle phase
 * @param lifecycleRate      results offered per second in that phase
 * @param inFlight           most shipments submitted but not yet finished: submission waits beyond it
 * @param warmup             length of the warm-up (full lifecycle at a quarter of the rate)
 * @param restRate           the fixed request rate of the REST latency phase
 * @param restDuration       its length
 * @param saturation         length of the REST saturation phase (wrk)
 * @param wrkConnections     wrk's connections (two threads)
 * @param drainTimeout       longest wait for the shipments in flight after a phase
 * @param gatewayJvm         JVM options of the gateway
 * @param pushThreads        threads of the VNPost simulator pushing webhooks
 * @param jfr                record the gateway with Java Flight Recorder (profile in the work folder)
 * @param baseline           run the raw Artemis baseline
 * @param workDir            data and logs (null: target/benchmark/run-<stamp>)
 * @param gatewayProperties  extra --key=value arguments for the gateway
 */
public record BenchOptions(Duration lifecycleDuration, double lifecycleRate, int inFlight, Duration warmup,
                           double restRate, Duration restDuration, Duration saturation, int wrkConnections,
                           Duration drainTimeout, String gatewayJvm, int pushThreads, boolean jfr, boolean baseline,
                           Path workDir, List<String> gatewayProperties) {

    static final String USAGE = """
            Benchmark of the gateway (docs/benchmarks.md): start-up, REST intake at saturation and at a fixed
            rate, the full lifecycle (submission to the final report at the dossier system), the raw Artemis
            baseline, CPU per shipment and peak RSS. Prints a table; writes target/benchmark/result-<stamp>.json.

              --quick                  short phases (60 s lifecycle, 10 s warm-up, 15 s REST phases)
              --duration D             full-lifecycle submission time (5m)
              --rate R                 results offered per second in the lifecycle phase (400)
              --in-flight N            most shipments in flight; submission waits beyond it (4000)
              --warmup D               warm-up (30s)
              --rest-rate R            fixed request rate of the REST latency phase (300)
              --rest-duration D        its length (30s)
              --saturation D           REST saturation phase with wrk (20s)
              --wrk-connections N      wrk connections (32)
              --drain-timeout D        longest wait for shipments in flight after a phase (5m)
              --gateway-jvm "OPTS"     JVM options of the gateway ("-Xmx256m -XX:+UseParallelGC
                                       -Djdk.nio.maxCachedBufferSize=262144")
              --push-threads N         VNPost simulator webhook threads (16)
              --jfr                    record the gateway with JFR (gateway.jfr in the work folder)
              --no-cds                 start the fat jar as it is (default: scripts/run-jar.sh, extracted with a
                                       class-data-sharing archive prepared before the start-up clock runs)
              --no-baseline            skip the raw Artemis baseline
              --postgres               the gateway on a fresh schema of the PostgreSQL at 127.0.0.1:5432 (profile postgres)
              --external-broker        the gateway on a standalone Artemis broker in a JVM of its own (config/artemis)
              --work-dir PATH          data and logs (target/benchmark/run-<stamp>)
              --gateway-property K=V   extra gateway property, repeatable
            Durations: 500ms, 30s, 5m.
            """;

    static BenchOptions defaults() {
        return new Builder().build();
    }

    /** Parses the command line over the defaults; --quick first shortens the phases, later options win. */
    static BenchOptions parse(String[] args) {
        Builder b = new Builder();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            switch (name) {
                case "--help", "-h" -> throw new IllegalArgumentException(USAGE);
                case "--quick" -> b.quick();
                case "--jfr" -> b.jfr = true;
                case "--no-baseline" -> b.baseline = false;
                case "--no-cds", "--postgres", "--external-broker" -> {
                    // --no-cds: scripts/benchmark.sh (-Dbench.launcher empty); the others: SharedInfrastructure
                }
                default -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("Option " + name + " needs a value\n" + USAGE);
                    }
                    b.set(name, args[++i]);
                }
            }
        }
        return b.build();
    }

    /** The options while the command line is read, starting from the full run's defaults. */
    private static final class Builder {
        Duration lifecycleDuration = Duration.ofMinutes(5);
        double lifecycleRate = 400;
        int inFlight = 4000;
        Duration warmup = Duration.ofSeconds(30);
        double restRate = 300;
        Duration restDuration = Duration.ofSeconds(30);
        Duration saturation = Duration.ofSeconds(20);
        int wrkConnections = 32;
        Duration drainTimeout = Duration.ofMinutes(5);
        String gatewayJvm = "-Xmx256m -XX:+UseParallelGC -Djdk.nio.maxCachedBufferSize=262144";
        int pushThreads = 16;
        boolean jfr;
        boolean baseline = true;
        Path workDir;
        final List<String> gatewayProperties = new ArrayList<>();

        void quick() {
            lifecycleDuration = Duration.ofSeconds(60);
            warmup = Duration.ofSeconds(10);
            restDuration = Duration.ofSeconds(15);
            saturation = Duration.ofSeconds(15);
        }

        void set(String name, String v) {
            switch (name) {
                case "--duration" -> lifecycleDuration = d(v);
                case "--rate" -> lifecycleRate = Double.parseDouble(v);
                case "--in-flight" -> inFlight = Integer.parseInt(v);
                case "--warmup" -> warmup = d(v);
                case "--rest-rate" -> restRate = Double.parseDouble(v);
                case "--rest-duration" -> restDuration = d(v);
                case "--saturation" -> saturation = d(v);
                case "--wrk-connections" -> wrkConnections = Integer.parseInt(v);
                case "--drain-timeout" -> drainTimeout = d(v);
                case "--gateway-jvm" -> gatewayJvm = v;
                case "--push-threads" -> pushThreads = Integer.parseInt(v);
                case "--work-dir" -> workDir = Path.of(v);
                case "--gateway-property" -> gatewayProperties.add(v);
                default -> throw new IllegalArgumentException("Unknown option " + name + "\n" + USAGE);
            }
        }

        BenchOptions build() {
            return new BenchOptions(lifecycleDuration, lifecycleRate, inFlight, warmup, restRate, restDuration,
                    saturation, wrkConnections, drainTimeout, gatewayJvm, pushThreads, jfr, baseline, workDir,
                    List.copyOf(gatewayProperties));
        }
    }

    static Duration d(String v) {
        String s = v.strip().toLowerCase(Locale.ROOT);
        if (s.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2)));
        }
        double n = Double.parseDouble(s.substring(0, s.length() - 1));
        return switch (s.charAt(s.length() - 1)) {
            case 's' -> Duration.ofMillis(Math.round(n * 1000));
            case 'm' -> Duration.ofMillis(Math.round(n * 60_000));
            case 'h' -> Duration.ofMillis(Math.round(n * 3_600_000));
            default -> throw new IllegalArgumentException("Not a duration: " + v + " (500ms, 30s, 5m)");
        };
    }
}
