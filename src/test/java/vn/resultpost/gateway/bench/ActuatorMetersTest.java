package vn.resultpost.gateway.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActuatorMetersTest {

    @Test
    void readsTheStatisticsOfAnActuatorMetricsAnswer() throws Exception {
        String answer = """
                {"name":"gateway.store.group-commit.writes","baseUnit":"writes","measurements":[
                  {"statistic":"COUNT","value":120.0},{"statistic":"TOTAL","value":300.0},{"statistic":"MAX","value":7.0}],
                 "availableTags":[]}""";

        assertThat(ActuatorMeters.statistics(new ObjectMapper().readTree(answer)))
                .containsExactly(Map.entry("COUNT", 120.0), Map.entry("MAX", 7.0), Map.entry("TOTAL", 300.0));
    }

    @Test
    void recordsTheBatchesOfThePhaseOnlyPerShipmentAndTheirMeanSize() {
        Map<String, Object> result = new LinkedHashMap<>();
        ActuatorMeters.recordBatches(Map.of("COUNT", 100.0, "TOTAL", 150.0), Map.of("COUNT", 500.0, "TOTAL", 1350.0), 50,
                "groupCommits", result);

        assertThat(result).containsEntry("groupCommitsPerShipment", 8.0).containsEntry("groupCommitsMeanSize", 3.0);
    }

    @Test
    void anUnreadableMeterRecordsNothing() {
        Map<String, Object> result = new LinkedHashMap<>();
        ActuatorMeters.recordBatches(Map.of(), Map.of("COUNT", 500.0, "TOTAL", 1350.0), 50, "groupCommits", result);
        ActuatorMeters.recordBatches(Map.of("COUNT", 1.0), Map.of(), 50, "groupCommits", result);

        assertThat(result).isEmpty();
    }
}
