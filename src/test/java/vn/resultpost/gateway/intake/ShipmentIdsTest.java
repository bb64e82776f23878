package vn.resultpost.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ShipmentIdsTest {

    @Test
    void idsAreVersion7UuidsThatSortInTheOrderTheyWereMade() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(ShipmentIds.next());
        }
        assertThat(ids).doesNotHaveDuplicates().isSorted();
        assertThat(ids).allSatisfy(id -> {
            UUID uuid = UUID.fromString(id);
            assertThat(uuid.version()).isEqualTo(7);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(id).isEqualTo(uuid.toString());
        });
    }

    @Test
    void anIdCarriesTheMillisecondItWasMade() {
        long before = System.currentTimeMillis();
        String id = ShipmentIds.next();
        long after = System.currentTimeMillis();
        long millis = UUID.fromString(id).getMostSignificantBits() >>> 16;
        assertThat(millis).isBetween(before, after);
    }
}
