package vn.resultpost.gateway.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ready-for-post list's pages: cursors are positions, a page ends at the limit, each serving is counted. */
class ReadyForPostListTest {

    @Test
    void pagesFollowTheCursorAndCountEachServing() {
        ReadyForPostList list = new ReadyForPostList(0);
        for (int i = 1; i <= 5; i++) {
            assertThat(list.add("r" + i)).isEqualTo(String.valueOf(i));
        }

        Map<String, Object> first = list.page(0, 2);
        Map<String, Object> rest = list.page(2, 50);
        Map<String, Object> again = list.page(4, 50);

        assertThat(first).containsEntry("nextCursor", "2").containsEntry("hasMore", true);
        assertThat(first.get("items")).isEqualTo(List.of(Map.of("cursor", "1", "result", "r1"),
                Map.of("cursor", "2", "result", "r2")));
        assertThat(rest).containsEntry("nextCursor", "5").containsEntry("hasMore", false);
        assertThat(again.get("items")).isEqualTo(List.of(Map.of("cursor", "5", "result", "r5")));
        assertThat(list.page(5, 50)).containsEntry("nextCursor", "5").containsEntry("items", List.of());
        assertThat(list.served()).containsExactly(Map.entry("1", 1), Map.entry("2", 1), Map.entry("3", 1),
                Map.entry("4", 1), Map.entry("5", 2));
    }

    @Test
    void aBoundedListReadsOnFromItsOldestHeld() {
        ReadyForPostList list = new ReadyForPostList(2);
        for (int i = 1; i <= 100; i++) {
            list.add("r" + i);
        }

        Map<String, Object> page = list.page(0, 50);

        assertThat(page.get("items")).isEqualTo(List.of(Map.of("cursor", "99", "result", "r99"),
                Map.of("cursor", "100", "result", "r100")));
        assertThat(page).containsEntry("nextCursor", "100").containsEntry("hasMore", false);
    }
}
