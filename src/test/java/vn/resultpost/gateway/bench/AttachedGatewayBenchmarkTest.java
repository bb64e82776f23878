package vn.resultpost.gateway.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.resultpost.gateway.GatewayApplication;
import vn.resultpost.gateway.GatewayTestSupport;
import vn.resultpost.gateway.topology.SharedInfrastructure;

/**
 * The benchmark driving a gateway that already runs ({@code --gateway-url}): this test's gateway, started with the
 * two files docs/benchmarks.md tells an operator to give it (the benchmark's settings, the built-in simulators'
 * zero think time), found by its port, driven through a short full-lifecycle phase and measured as a run would.
 */
@CamelSpringBootTest
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        args = "--spring.config.additional-location=file:" + BenchProcesses.GATEWAY_CONFIG + ",file:"
                + BenchProcesses.SIMULATOR_CONFIG)
class AttachedGatewayBenchmarkTest {

    private static final int RESULTS = 20;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void freshGateway(DynamicPropertyRegistry registry) throws IOException {
        GatewayTestSupport.gatewayProperties(registry);
    }

    @Test
    void drivesTheRunningGatewayThroughTheWholeLifecycleAndMeasuresItsProcess() throws Exception {
        String url = "http://localhost:" + port;
        BenchOptions o = BenchOptions.parse(new String[] {"--gateway-url", url, "--no-baseline"});
        Path work = Files.createDirectories(Path.of("target", "test-data", "bench-" + UUID.randomUUID()));
        BenchProcesses procs = new BenchProcesses(o, Path.of("."), work, Map.of());

        GatewayUnderTest gw = GatewayUnderTest.attach(o, procs);

        assertThat(gw.pid()).as("the process listening on the gateway's port").isEqualTo(ProcessHandle.current().pid());
        assertThat(gw.simulatorPid()).as("built-in simulators: no process of their own").isEqualTo(-1);
        assertThat(gw.startedHere()).isFalse();
        assertThat(gw.startup()).containsEntry("alreadyRunning", true);

        String template = Files.readString(Path.of("src/test/resources/fixtures/result-submission.json"));
        LifecycleRun lifecycle = new LifecycleRun(gw.simulatorUrl(), new OpenLoad(gw.url(), Benchmark.API_KEY), template);
        String tag = "T" + Benchmark.runTag();
        Map<String, Object> res = new LinkedHashMap<>();
        try (SharedInfrastructure embedded = SharedInfrastructure.start(false, false, false, work, "unused")) {
            PhaseResources used = new PhaseResources(gw.pid(), gw.simulatorPid(), embedded, gw.url());
            Map<String, Object> life = lifecycle.run("test", tag, RESULTS / 4.0, Duration.ofSeconds(4), 100,
                    Duration.ofSeconds(90));
            used.record((Integer) life.get("finished"), res);

            // Every result accepted went through to its sixth report, DELIVERED, at the gateway's own simulators.
            assertThat(life).containsEntry("submitted", RESULTS).containsEntry("accepted", RESULTS)
                    .containsEntry("finished", RESULTS).containsEntry("unfinished", 0)
                    .containsEntry("notDelivered", 0).containsEntry("finalSequenceNot6", 0);
        }
        // What the phase cost, read from the gateway's process and its counters as in a run. The broker's counters are
        // not checked here: in the build's JVM the embedded brokers of other tests' gateways register the same MBean
        // names (MBeanCountersTest covers their reading; a run has one gateway per JVM).
        assertThat((Double) res.get("gatewayCpuSecondsPerShipment")).isPositive();
        assertThat(res).containsEntry("simulatorsInGatewayProcess", true);
        assertThat((Double) res.get("h2FileWritesPerShipment")).isPositive();
        assertThat((Double) res.get("groupCommitsPerShipment")).isPositive();

        // The table of such a run: no start-up measured, CPU of gateway and simulators together.
        Map<String, Object> result = new LinkedHashMap<>(Map.of("startup", gw.startup(), "resources", res));
        List<BenchReport.Row> rows = BenchReport.rows(result);
        assertThat(rows).anySatisfy(r -> assertThat(r.measured()).contains("already running"));
    }
}
