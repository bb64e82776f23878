package vn.resultpost.gateway.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A lifecycle phase's verdict from the dossier system's final reports: lost, short and late shipments counted apart. */
class LifecycleVerdictTest {

    @Test
    void countsEachWayAShipmentCanFallShortAndTheSteadyWindow() throws Exception {
        long t0 = 1_000_000L;
        // Five submissions over 2.5 s (steady window 0.5-2.5 s after the first was due); the fourth was refused.
        OpenLoad.Result sent = new OpenLoad.Result(5, new long[] {t0, t0 + 500, t0 + 1000, t0 + 1500, t0 + 2000},
                new int[] {202, 202, 202, 503, 200}, new double[5], 10, 0, 0);
        JsonNode done = new ObjectMapper().readTree("""
                {"S/0": {"atMillis": %d, "status": "DELIVERED", "sequence": 6},
                 "S/1": {"atMillis": %d, "status": "RETURNED_TO_AGENCY", "sequence": 6},
                 "S/2": {"atMillis": %d, "status": "DELIVERED", "sequence": 5}}
                """.formatted(t0 + 400, t0 + 1000, t0 + 3000));

        Map<String, Object> verdict = LifecycleVerdict.of("test", done, i -> "S/" + i, sent, 4, Duration.ofMillis(2500),
                1.5);

        assertThat(verdict).containsEntry("accepted", 4).containsEntry("refusedOrFailed", 1)
                .containsEntry("finished", 3).containsEntry("unfinished", 1).containsEntry("notDelivered", 1)
                .containsEntry("finalSequenceNot6", 1).containsEntry("drainSeconds", 1.5);
        assertThat(verdict.get("shipmentsPerSecondSteady")).as("one final report inside the 2-s window").isEqualTo(0.5);
        assertThat(verdict.get("shipmentsPerSecondOverall")).as("three in the 3 s to the last").isEqualTo(1.0);
    }
}
