package vn.resultpost.gateway.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

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
 * @param gatewayUrl         an already running gateway on this machine to drive (null: start one)
 * @param simulatorUrl       the simulators that running gateway uses (null: its own, built in)
 */
public record BenchOptions(Duration lifecycleDuration, double lifecycleRate, int inFlight, Duration warmup,
                           double restRate, Duration restDuration, Duration saturation, int wrkConnections,
                           Duration drainTimeout, String gatewayJvm, int pushThreads, boolean jfr, boolean baseline,
                           Path workDir, List<String> gatewayProperties, String gatewayUrl, String simulatorUrl) {

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
              --gateway-url URL        drive an already running gateway on this machine instead of starting one
                                       (started with scripts/benchmark/gateway.yml; docs/benchmarks.md)
              --simulator-url URL      the simulators it calls (default: its built-in ones, at the gateway's URL)
            Durations: 500ms, 30s, 5m.
            """;

    static BenchOptions defaults() {
        return parse(new String[0]);
    }

    /** Parses the command line over the defaults ({@link BenchCommandLine}). */
    static BenchOptions parse(String[] args) {
        return BenchCommandLine.parse(args);
    }

    /** Whether the benchmark drives a gateway that already runs (--gateway-url) instead of starting one. */
    boolean attached() {
        return gatewayUrl != null;
    }
}
