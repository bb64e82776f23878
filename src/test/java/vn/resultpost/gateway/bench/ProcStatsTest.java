package vn.resultpost.gateway.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.resultpost.gateway.bench.ProcStats.ThreadCpu;

/** The benchmark's /proc readings, on this test's own JVM. */
class ProcStatsTest {

    @Test
    void sortsTheJvmThreadsIntoJitGcAndTheRest() {
        assertThat(ProcStats.kind("C2 CompilerThre")).isEqualTo("jit");
        assertThat(ProcStats.kind("C1 CompilerThre")).isEqualTo("jit");
        assertThat(ProcStats.kind("GC Thread#1")).isEqualTo("gc");
        assertThat(ProcStats.kind("G1 Conc#0")).isEqualTo("gc");
        assertThat(ProcStats.kind("G1 Refine#0")).isEqualTo("gc");
        assertThat(ProcStats.kind("VM Thread")).isEqualTo("gc");
        assertThat(ProcStats.kind("http-nio-8080-e")).isEqualTo("threads");
        assertThat(ProcStats.kind("Camel (camel-1)")).isEqualTo("threads");
    }

    @Test
    void theKindsOfThisJvmsLiveThreadsAddUpToAtMostTheProcessTotal() {
        long pid = ProcessHandle.current().pid();
        Map<String, Double> kinds = ProcStats.byKindSince(Map.of(), ProcStats.threads(pid));
        double total = ProcStats.cpuSeconds(pid);

        assertThat(kinds).containsOnlyKeys("jit", "gc", "threads");
        // A JVM that ran this far has compiled something, and its main thread has run.
        assertThat(kinds.get("jit")).isPositive();
        assertThat(kinds.get("threads")).isPositive();
        assertThat(kinds.values().stream().mapToDouble(Double::doubleValue).sum()).isLessThanOrEqualTo(total + 0.05);
    }

    @Test
    void aPhaseCountsWhatTheThreadsAliveAtItsEndUsedSinceItsStart() {
        Map<Long, ThreadCpu> before = Map.of(1L, new ThreadCpu("jit", 10.0), 2L, new ThreadCpu("gc", 3.0),
                3L, new ThreadCpu("jit", 5.0));
        Map<Long, ThreadCpu> after = Map.of(1L, new ThreadCpu("jit", 12.5), 2L, new ThreadCpu("gc", 4.0),
                4L, new ThreadCpu("threads", 7.0));

        // Thread 3 ended (its CPU is only in the process total); thread 4 started during the phase.
        assertThat(ProcStats.byKindSince(before, after)).containsEntry("jit", 2.5).containsEntry("gc", 1.0)
                .containsEntry("threads", 7.0);
    }
}
