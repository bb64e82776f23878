package vn.resultpost.gateway.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** Records by waybill and by reference: one eviction drops a record from both indexes, so they never drift. */
class WaybillReferenceIndexTest {

    record Shipment(String waybill, String reference) {
    }

    private static WaybillReferenceIndex<Shipment> index(int limit) {
        return new WaybillReferenceIndex<>(limit, Shipment::waybill, Shipment::reference);
    }

    @Test
    void theOldestAddedLeavesBothIndexesAtOnce() {
        WaybillReferenceIndex<Shipment> index = index(3);
        for (int i = 1; i <= 5; i++) {
            index.add(new Shipment("W" + i, "R" + i));
        }

        assertThat(index.size()).isEqualTo(3);
        assertThat(index.values()).extracting(Shipment::waybill).containsExactly("W3", "W4", "W5");
        for (int i = 1; i <= 5; i++) {
            boolean held = i >= 3;
            assertThat(index.byWaybill("W" + i) != null).as("W" + i).isEqualTo(held);
            assertThat(index.holdsReference("R" + i)).as("R" + i).isEqualTo(held);
        }
        assertThat(index.byReference("R4")).isSameAs(index.byWaybill("W4"));
    }

    @Test
    void zeroKeepsEverythingAndANegativeLimitIsRefused() {
        WaybillReferenceIndex<Shipment> index = index(0);
        for (int i = 0; i < 20_000; i++) {
            index.add(new Shipment("W" + i, "R" + i));
        }

        assertThat(index.size()).isEqualTo(20_000);
        assertThat(index.byReference("R0")).isEqualTo(new Shipment("W0", "R0"));
        assertThatThrownBy(() -> index(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRepeatedKeyNamesTheNewRecordAndLeavesNoStaleEntryBehind() {
        WaybillReferenceIndex<Shipment> index = index(2);
        Shipment first = new Shipment("W1", "R1");
        index.add(first);
        index.add(new Shipment("W2", "R1")); // the reference now names W2; W1 still held by waybill
        assertThat(index.byReference("R1").waybill()).isEqualTo("W2");
        assertThat(index.byWaybill("W1")).isSameAs(first);

        index.add(new Shipment("W3", "R3")); // drops W1, which R1 no longer names: R1 stays on W2
        assertThat(index.byWaybill("W1")).isNull();
        assertThat(index.byReference("R1").waybill()).isEqualTo("W2");

        index.add(new Shipment("W3", "R4")); // the same waybill again: R3 goes with the record it named
        assertThat(index.holdsReference("R3")).isFalse();
        assertThat(index.byReference("R4")).isSameAs(index.byWaybill("W3"));
        assertThat(index.values()).extracting(Shipment::reference).containsExactly("R1", "R4");
    }

    @Test
    void concurrentWritersAndReadersKeepTheIndexesTogetherWithinTheLimit() throws Exception {
        WaybillReferenceIndex<Shipment> index = index(100);
        List<Callable<?>> tasks = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int writer = t;
            tasks.add(() -> {
                for (int i = 0; i < 10_000; i++) {
                    index.add(new Shipment("W" + writer + "-" + i, "R" + writer + "-" + i));
                }
                return null;
            });
        }
        tasks.add(() -> {
            for (int i = 0; i < 2_000; i++) {
                assertThat(index.values().size()).isLessThanOrEqualTo(100);
            }
            return null;
        });
        Concurrently.run(tasks);
        assertThat(index.size()).isEqualTo(100);
        for (int t = 0; t < 4; t++) {
            for (int i = 0; i < 10_000; i++) {
                Shipment byWaybill = index.byWaybill("W" + t + "-" + i);
                assertThat(index.byReference("R" + t + "-" + i)).isSameAs(byWaybill);
            }
        }
    }
}
