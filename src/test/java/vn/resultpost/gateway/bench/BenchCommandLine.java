package vn.resultpost.gateway.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the benchmark's command line into {@link BenchOptions}: the full run's defaults, --quick, clear refusals. */
final class BenchCommandLine {

    /** Options that shape the gateway the benchmark starts, so none of them can apply to one already running. */
    private static final List<String> START_ONLY = List.of("--jfr", "--no-cds", "--postgres", "--external-broker",
            "--gateway-jvm", "--gateway-property", "--push-threads");

    private BenchCommandLine() {
    }

    /** Parses the command line over the defaults; --quick first shortens the phases, later options win. */
    static BenchOptions parse(String[] args) {
        Builder b = new Builder();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            names.add(name);
            switch (name) {
                case "--help", "-h" -> throw new IllegalArgumentException(BenchOptions.USAGE);
                case "--quick" -> b.quick();
                case "--jfr" -> b.jfr = true;
                case "--no-baseline" -> b.baseline = false;
                case "--no-cds", "--postgres", "--external-broker" -> {
                    // --no-cds: scripts/benchmark.sh (-Dbench.launcher empty); the others: SharedInfrastructure
                }
                default -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("Option " + name + " needs a value\n" + BenchOptions.USAGE);
                    }
                    b.set(name, args[++i]);
                }
            }
        }
        if (b.gatewayUrl == null && b.simulatorUrl != null) {
            throw new IllegalArgumentException("--simulator-url goes with --gateway-url\n" + BenchOptions.USAGE);
        }
        if (b.gatewayUrl != null) {
            List<String> clash = names.stream().filter(START_ONLY::contains).distinct().toList();
            if (!clash.isEmpty()) {
                throw new IllegalArgumentException(String.join(", ", clash) + ": only for a gateway the benchmark "
                        + "starts, not with --gateway-url (start yours with what you need)\n" + BenchOptions.USAGE);
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
        String gatewayUrl;
        String simulatorUrl;

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
                case "--gateway-url" -> gatewayUrl = url(v);
                case "--simulator-url" -> simulatorUrl = url(v);
                default -> throw new IllegalArgumentException("Unknown option " + name + "\n" + BenchOptions.USAGE);
            }
        }

        BenchOptions build() {
            return new BenchOptions(lifecycleDuration, lifecycleRate, inFlight, warmup, restRate, restDuration,
                    saturation, wrkConnections, drainTimeout, gatewayJvm, pushThreads, jfr, baseline, workDir,
                    List.copyOf(gatewayProperties), gatewayUrl, simulatorUrl);
        }
    }

    /** An http(s) URL without its trailing slash. */
    static String url(String v) {
        String u = v.strip().replaceAll("/+$", "");
        if (!u.matches("https?://[^/\\s]+(/\\S*)?")) {
            throw new IllegalArgumentException("Not an http(s) URL: " + v + " (e.g. http://localhost:8080)");
        }
        return u;
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
