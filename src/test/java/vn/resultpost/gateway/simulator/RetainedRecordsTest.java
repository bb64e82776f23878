package vn.resultpost.gateway.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** The simulators' bounded records: the oldest added go first past the limit, 0 keeps all, safe under concurrency. */
class RetainedRecordsTest {

    @Test
    void dropsTheOldestAddedFirstOnceTheLimitIsReached() {
        RetainedRecords<String, Integer> records = new RetainedRecords<>(3);
        for (int i = 1; i <= 5; i++) {
            records.put("s" + i, i);
        }

        assertThat(records.size()).isEqualTo(3);
        assertThat(records.copy()).containsExactly(Map.entry("s3", 3), Map.entry("s4", 4), Map.entry("s5", 5));
        assertThat(records.values()).containsExactly(3, 4, 5);
        assertThat(records.get("s1")).isNull();
        assertThat(records.containsKey("s2")).isFalse();
        assertThat(records.getOrDefault("s2", 0)).isZero();
    }

    @Test
    void everyWayOfAddingCountsTowardsTheLimitAndAReplacedKeyKeepsItsPlace() {
        RetainedRecords<String, Integer> records = new RetainedRecords<>(2);
        records.merge("a", 1, Integer::sum);
        records.computeIfAbsent("b", k -> 2);
        records.merge("a", 1, Integer::sum); // updated, still the oldest
        assertThat(records.putIfAbsent("c", 3)).isNull();

        assertThat(records.copy()).containsExactly(Map.entry("b", 2), Map.entry("c", 3));
        assertThat(records.putIfAbsent("c", 30)).isEqualTo(3);
        records.put("b", 20);
        records.put("d", 4);
        assertThat(records.copy()).containsExactly(Map.entry("c", 3), Map.entry("d", 4));
    }

    @Test
    void zeroKeepsEverythingAndANegativeLimitIsRefused() {
        RetainedRecords<Integer, Integer> records = new RetainedRecords<>(0);
        for (int i = 0; i < 50_000; i++) {
            records.put(i, i);
        }

        assertThat(records.size()).isEqualTo(50_000);
        assertThat(records.get(0)).isZero();
        assertThatThrownBy(() -> new RetainedRecords<>(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void concurrentWritersAndReadersNeitherThrowNorPassTheLimit() throws Exception {
        RetainedRecords<String, Integer> records = new RetainedRecords<>(100);
        List<Callable<?>> tasks = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            int writer = t;
            tasks.add(() -> {
                for (int i = 0; i < 20_000; i++) {
                    records.merge("w" + writer + "-" + i % 500, 1, Integer::sum);
                    records.computeIfAbsent("c" + writer + "-" + i, k -> 1);
                }
                return null;
            });
        }
        for (int r = 0; r < 2; r++) {
            tasks.add(() -> {
                for (int i = 0; i < 2_000; i++) {
                    assertThat(records.copy().size()).isLessThanOrEqualTo(100);
                    assertThat(records.values().stream().mapToInt(Integer::intValue).sum()).isNotNegative();
                }
                return null;
            });
        }
        Concurrently.run(tasks);
        assertThat(records.size()).isEqualTo(100);
    }
}
