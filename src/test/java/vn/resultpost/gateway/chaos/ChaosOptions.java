package vn.resultpost.gateway.chaos;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Options of the chaos harness, with the defaults of the long run. {@code --help} lists them.
 *
 * @param results                 results pushed to the gateway
 * @param kills                   SIGKILLs of the gateway, at random moments spread over the run
 * @param clients                 client threads submitting results
 * @param rate                    results submitted per second at most, all clients together (0: as fast as accepted)
 * @param scenario                VNPost simulator scenario: random (real shares), deliver, fail-then-deliver, return
 * @param stepDelay               time between two status events of a simulated shipment
 * @param operatorFailureShare    share of create-order calls answered 503 during the operator fault stretch
 * @param operatorLostReplyShare  share of create-order calls that create the order but answer 504, same stretch
 * @param operatorFailuresAt      progress (0..1) at which the operator fault stretch starts
 * @param operatorFailuresFor     length of the operator fault stretch
 * @param callbacksDownAt         progress (0..1) at which the dossier system's callback endpoint goes down
 * @param callbacksDownFor        how long it stays down
 * @param killUptimeMin           least time the gateway is up (ready) before it is killed
 * @param killUptimeMax           most extra random time before a due kill
 * @param timeout                 the whole run's deadline; a run past it stops and is checked as it is
 * @param workDir                 where the gateway's data folder and the process logs go (null: a new temp dir)
 * @param projectDir              the repository root (the gateway reads ./config and ./routes)
 * @param gatewayHeap             -Xmx of the gateway process
 * @param simulatorHeap           -Xmx of the simulator process
 * @param seed                    random seed of the kill moments (0: random)
 * @param gatewayProperties       extra --key=value arguments for the gateway
 * @param strictOnce              count the very same report received twice (re-sent after a kill) as duplicated
 * @param instances               gateway instances behind one load balancer (more than one needs both below)
 * @param postgres                the instances share a fresh schema on the PostgreSQL server (profile postgres)
 * @param externalBroker          the instances share a standalone Artemis broker (profile external-broker)
 * @param brokerFailoverAt        progress (0..1) at which the primary of an Artemis HA pair is SIGKILLed and its
 *                                backup takes over (negative: one broker, no failover)
 */
public record ChaosOptions(
        int results,
        int kills,
        int clients,
        double rate,
        String scenario,
        Duration stepDelay,
        double operatorFailureShare,
        double operatorLostReplyShare,
        double operatorFailuresAt,
        Duration operatorFailuresFor,
        double callbacksDownAt,
        Duration callbacksDownFor,
        Duration killUptimeMin,
        Duration killUptimeMax,
        Duration timeout,
        Path workDir,
        Path projectDir,
        String gatewayHeap,
        String simulatorHeap,
        long seed,
        List<String> gatewayProperties,
        boolean strictOnce,
        int instances,
        boolean postgres,
        boolean externalBroker,
        double brokerFailoverAt) {

    /** Throws {@link IllegalArgumentException} for options that do not go together. */
    public ChaosOptions validated() {
        if (instances < 1) {
            throw new IllegalArgumentException("--instances must be at least 1");
        }
        if (instances > 1 && !(postgres && externalBroker)) {
            throw new IllegalArgumentException("Several instances share a database and a broker: "
                    + "give --postgres and --external-broker (or --cluster N)");
        }
        if (brokerFailoverAt >= 0 && !externalBroker) {
            throw new IllegalArgumentException("--broker-failover-at needs --external-broker (an HA pair is external)");
        }
        return this;
    }

    public static ChaosOptions defaults() {
        return new ChaosOptions(10_000, 20, 4, 0, "random", Duration.ofMillis(50), 0.3, 0.05, 0.15,
                Duration.ofSeconds(60), 0.4, Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofSeconds(3),
                Duration.ofMinutes(90), null, Path.of("."), "384m", "384m", 0, List.of(), false, 1, false, false, -1);
    }

    static final String USAGE = """
            Chaos harness: runs the gateway and the simulators as separate processes, pushes results, kills the
            gateway with SIGKILL at random moments and restarts it, injects operator failures and a callback
            outage, then checks the simulators' records. Exit code 0 only if nothing was lost, duplicated or
            misordered.

              --results N                  results to push (10000)
              --kills N                    SIGKILLs of the gateway (20)
              --clients N                  client threads submitting results (4)
              --rate R                     results per second at most, all clients together (0: no limit)
              --scenario S                 random | deliver | fail-then-deliver | return (random)
              --step-delay D               time between two operator events of a shipment (50ms)
              --operator-failure-share X   share of create calls failing with 503 in the fault stretch (0.3)
              --operator-lost-reply-share X share of create calls answered 504 after creating, same stretch (0.05)
              --operator-failures-at P     progress 0..1 where the operator fault stretch starts (0.15)
              --operator-failures-for D    its length (60s)
              --callbacks-down-at P        progress 0..1 where the callback endpoint goes down (0.4)
              --callbacks-down-for D       how long it stays down (30s)
              --kill-uptime-min D          least time the gateway is ready before a kill (1s)
              --kill-uptime-max D          most extra random wait before a due kill (3s)
              --timeout D                  deadline of the whole run (90m)
              --work-dir PATH              data folder and logs (a new temporary folder)
              --project-dir PATH           repository root (.)
              --gateway-heap SIZE          -Xmx of the gateway (384m)
              --simulator-heap SIZE        -Xmx of the simulators (384m)
              --seed N                     seed of the random kill moments (random)
              --gateway-property K=V       extra gateway property, repeatable
              --strict-once                count the same report received again after a kill as duplicated
              --instances N                gateway instances behind a round-robin load balancer (1); each kill
                                           hits the next instance in turn
              --postgres                   the gateways use a fresh schema on PostgreSQL at 127.0.0.1:5432
              --external-broker            the gateways use a standalone Artemis broker (config/artemis/broker.xml)
              --cluster N                  the same as --instances N --postgres --external-broker
              --broker-failover-at P       run an Artemis HA pair (config/artemis/ha/*.xml, one shared store) and
                                           SIGKILL its primary at progress P: the backup takes over (off)
            Durations: 500ms, 30s, 5m. Progress = (results accepted + results finished) / (2 x results).
            """;

    /** Parses command-line options over the defaults. */
    public static ChaosOptions parse(String[] args) {
        ChaosOptions o = defaults();
        List<String> extra = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--help") || name.equals("-h")) {
                throw new HelpRequested();
            }
            if (name.equals("--strict-once") || name.equals("--postgres") || name.equals("--external-broker")) {
                o = o.copy(b -> {
                    b.strictOnce |= name.equals("--strict-once");
                    b.postgres |= name.equals("--postgres");
                    b.externalBroker |= name.equals("--external-broker");
                });
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Option " + name + " needs a value");
            }
            String v = args[++i];
            o = switch (name) {
                case "--results" -> o.withResults(Integer.parseInt(v));
                case "--kills" -> o.withKills(Integer.parseInt(v));
                case "--clients" -> o.copy(b -> b.clients = Integer.parseInt(v));
                case "--rate" -> o.copy(b -> b.rate = Double.parseDouble(v));
                case "--scenario" -> o.copy(b -> b.scenario = v);
                case "--step-delay" -> o.copy(b -> b.stepDelay = duration(v));
                case "--operator-failure-share" -> o.copy(b -> b.operatorFailureShare = Double.parseDouble(v));
                case "--operator-lost-reply-share" -> o.copy(b -> b.operatorLostReplyShare = Double.parseDouble(v));
                case "--operator-failures-at" -> o.copy(b -> b.operatorFailuresAt = Double.parseDouble(v));
                case "--operator-failures-for" -> o.copy(b -> b.operatorFailuresFor = duration(v));
                case "--callbacks-down-at" -> o.copy(b -> b.callbacksDownAt = Double.parseDouble(v));
                case "--callbacks-down-for" -> o.copy(b -> b.callbacksDownFor = duration(v));
                case "--kill-uptime-min" -> o.copy(b -> b.killUptimeMin = duration(v));
                case "--kill-uptime-max" -> o.copy(b -> b.killUptimeMax = duration(v));
                case "--timeout" -> o.copy(b -> b.timeout = duration(v));
                case "--work-dir" -> o.copy(b -> b.workDir = Path.of(v));
                case "--project-dir" -> o.copy(b -> b.projectDir = Path.of(v));
                case "--gateway-heap" -> o.copy(b -> b.gatewayHeap = v);
                case "--simulator-heap" -> o.copy(b -> b.simulatorHeap = v);
                case "--seed" -> o.copy(b -> b.seed = Long.parseLong(v));
                case "--broker-failover-at" -> o.copy(b -> b.brokerFailoverAt = Double.parseDouble(v));
                case "--instances" -> o.copy(b -> b.instances = Integer.parseInt(v));
                case "--cluster" -> o.copy(b -> {
                    b.instances = Integer.parseInt(v);
                    b.postgres = true;
                    b.externalBroker = true;
                });
                case "--gateway-property" -> {
                    extra.add(v);
                    yield o;
                }
                default -> throw new IllegalArgumentException("Unknown option " + name + "\n" + USAGE);
            };
        }
        List<String> props = List.copyOf(extra);
        return o.copy(b -> b.gatewayProperties = props).validated();
    }

    public ChaosOptions withResults(int n) {
        return copy(b -> b.results = n);
    }

    public ChaosOptions withKills(int n) {
        return copy(b -> b.kills = n);
    }

    /** A copy with some options changed through a mutable builder. */
    public ChaosOptions copy(java.util.function.Consumer<Builder> change) {
        Builder b = new Builder(this);
        change.accept(b);
        return b.build();
    }

    static Duration duration(String v) {
        String s = v.strip().toLowerCase();
        if (s.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2)));
        }
        if (s.endsWith("s")) {
            return Duration.ofMillis(Math.round(Double.parseDouble(s.substring(0, s.length() - 1)) * 1000));
        }
        if (s.endsWith("m")) {
            return Duration.ofSeconds(Math.round(Double.parseDouble(s.substring(0, s.length() - 1)) * 60));
        }
        if (s.endsWith("h")) {
            return Duration.ofMinutes(Math.round(Double.parseDouble(s.substring(0, s.length() - 1)) * 60));
        }
        return Duration.parse(v);
    }

    /** Thrown by {@link #parse} for --help. */
    static final class HelpRequested extends RuntimeException {
        HelpRequested() {
            super(USAGE, null, false, false);
        }
    }

    /** Mutable copy of the options, for {@link #copy}. */
    public static final class Builder {
        public int results;
        public int kills;
        public int clients;
        public double rate;
        public String scenario;
        public Duration stepDelay;
        public double operatorFailureShare;
        public double operatorLostReplyShare;
        public double operatorFailuresAt;
        public Duration operatorFailuresFor;
        public double callbacksDownAt;
        public Duration callbacksDownFor;
        public Duration killUptimeMin;
        public Duration killUptimeMax;
        public Duration timeout;
        public Path workDir;
        public Path projectDir;
        public String gatewayHeap;
        public String simulatorHeap;
        public long seed;
        public List<String> gatewayProperties;
        public boolean strictOnce;
        public int instances;
        public boolean postgres;
        public boolean externalBroker;
        public double brokerFailoverAt;

        Builder(ChaosOptions o) {
            results = o.results;
            kills = o.kills;
            clients = o.clients;
            rate = o.rate;
            scenario = o.scenario;
            stepDelay = o.stepDelay;
            operatorFailureShare = o.operatorFailureShare;
            operatorLostReplyShare = o.operatorLostReplyShare;
            operatorFailuresAt = o.operatorFailuresAt;
            operatorFailuresFor = o.operatorFailuresFor;
            callbacksDownAt = o.callbacksDownAt;
            callbacksDownFor = o.callbacksDownFor;
            killUptimeMin = o.killUptimeMin;
            killUptimeMax = o.killUptimeMax;
            timeout = o.timeout;
            workDir = o.workDir;
            projectDir = o.projectDir;
            gatewayHeap = o.gatewayHeap;
            simulatorHeap = o.simulatorHeap;
            seed = o.seed;
            gatewayProperties = o.gatewayProperties;
            strictOnce = o.strictOnce;
            instances = o.instances;
            postgres = o.postgres;
            externalBroker = o.externalBroker;
            brokerFailoverAt = o.brokerFailoverAt;
        }

        ChaosOptions build() {
            return new ChaosOptions(results, kills, clients, rate, scenario, stepDelay, operatorFailureShare,
                    operatorLostReplyShare, operatorFailuresAt, operatorFailuresFor, callbacksDownAt, callbacksDownFor,
                    killUptimeMin, killUptimeMax, timeout, workDir, projectDir, gatewayHeap, simulatorHeap, seed,
                    gatewayProperties, strictOnce, instances, postgres, externalBroker, brokerFailoverAt);
        }
    }
}
