package vn.resultpost.gateway.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.resultpost.gateway.topology.SharedInfrastructure;

/**
 * What the lifecycle phase cost: CPU seconds of each process (the gateway's also split into its JIT compiler,
 * its garbage collector and its other threads), PostgreSQL transactions or H2 file writes, broker messages, the
 * group commits of small writes and their sizes, the whole machine's busy CPU and the local PostgreSQL server's, read
 * when the phase starts and again when it ends, then recorded per shipment finished.
 */
final class PhaseResources {

    static final String GROUP_COMMITS = "gateway.store.group-commit.writes";

    private final long gateway;
    private final long simulator;
    private final SharedInfrastructure infra;
    private final MBeanCounters mbeans;
    private final double gatewayCpu0;
    private final Map<Long, ProcStats.ThreadCpu> gatewayThreads0;
    private final double simulatorCpu0;
    private final double driverCpu0;
    private final double brokerCpu0;
    private final long transactions0;
    private final Map<String, Long> added0;
    private final long h2Writes0;
    private final ActuatorMeters meters;
    private final Map<String, Double> groupCommits0;
    private final MachineCpu machine;

    /** Reads the counters now: call right before the phase ({@code simulatorPid} -1: simulators built into the gateway). */
    PhaseResources(long gatewayPid, long simulatorPid, SharedInfrastructure infra, String gatewayUrl) {
        this.gateway = gatewayPid;
        this.simulator = simulatorPid;
        this.infra = infra;
        this.mbeans = new MBeanCounters(gatewayUrl);
        this.gatewayCpu0 = ProcStats.cpuSeconds(gatewayPid);
        this.gatewayThreads0 = ProcStats.threads(gatewayPid);
        this.simulatorCpu0 = simulatorPid < 0 ? 0 : ProcStats.cpuSeconds(simulatorPid);
        this.driverCpu0 = ProcStats.cpuSeconds(ProcessHandle.current().pid());
        this.brokerCpu0 = infra.brokerPid() < 0 ? 0 : ProcStats.cpuSeconds(infra.brokerPid());
        this.transactions0 = infra.databaseTransactions();
        this.added0 = mbeans.messagesAdded();
        this.h2Writes0 = mbeans.h2FileWrites();
        this.meters = new ActuatorMeters(gatewayUrl);
        this.groupCommits0 = meters.read(GROUP_COMMITS);
        this.machine = MachineCpu.now();
    }

    /** Reads the counters again and puts what the phase used into {@code res}. */
    void record(int finished, Map<String, Object> res) {
        MachineCpu.Usage box = machine.since();
        double cpu = ProcStats.cpuSeconds(gateway) - gatewayCpu0;
        res.put("gatewayCpuSeconds", Latencies.round(cpu));
        res.put("gatewayCpuSecondsPerShipment", finished == 0 ? null : Math.round(cpu / finished * 10000) / 10000.0);
        Map<String, Double> kinds = ProcStats.byKindSince(gatewayThreads0, ProcStats.threads(gateway));
        double jit = kinds.get("jit");
        double gc = kinds.get("gc");
        Map<String, Object> byKind = new LinkedHashMap<>();
        byKind.put("jitCompiler", Latencies.round(jit));
        byKind.put("garbageCollector", Latencies.round(gc));
        // The rest, threads that ended during the phase included: the process total less the two kinds above.
        byKind.put("otherThreads", Latencies.round(cpu - jit - gc));
        res.put("gatewayCpuSecondsByKind", byKind);
        if (finished > 0) {
            Map<String, Object> perShipment = new LinkedHashMap<>();
            byKind.forEach((kind, seconds) -> perShipment.put(kind, Latencies.round((Double) seconds * 1000 / finished)));
            res.put("gatewayCpuMsPerShipmentByKind", perShipment);
        }
        res.put("simulatorsInGatewayProcess", simulator < 0);
        if (simulator >= 0) {
            res.put("simulatorCpuSeconds", Latencies.round(ProcStats.cpuSeconds(simulator) - simulatorCpu0));
        } else {
            res.put("simulatorCpuSeconds", "in the gateway's (built-in simulators)");
        }
        res.put("driverCpuSeconds", Latencies.round(ProcStats.cpuSeconds(ProcessHandle.current().pid()) - driverCpu0));
        if (infra.brokerPid() >= 0) {
            res.put("brokerCpuSeconds", Latencies.round(ProcStats.cpuSeconds(infra.brokerPid()) - brokerCpu0));
        }
        MachineCpu.record(box, infra.schemaUrl() != null, finished, res);
        if (transactions0 >= 0 && finished > 0) {
            double transactions = infra.databaseTransactions() - transactions0;
            res.put("databaseTransactionsPerShipment", Latencies.round(transactions / finished));
        }
        MBeanCounters.record(added0, mbeans.messagesAdded(), finished, res);
        MBeanCounters.recordH2(h2Writes0, mbeans.h2FileWrites(), finished, res);
        ActuatorMeters.recordBatches(groupCommits0, meters.read(GROUP_COMMITS), finished, "groupCommits", res);
    }
}
