package vn.resultpost.gateway.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The ready-for-post list's ring: positions stay those of the whole list, the oldest go first past the limit. */
class RetainedListTest {

    @Test
    void keepsTheLastElementsAtTheirPositionsAcrossGrowthAndWrapping() {
        RetainedList<Integer> list = new RetainedList<>(40);
        for (int i = 0; i < 100; i++) {
            assertThat(list.add(i)).isEqualTo(i + 1);
        }

        assertThat(list.start()).isEqualTo(60);
        assertThat(list.end()).isEqualTo(100);
        assertThat(IntStream.range(60, 100).map(list::get)).containsExactlyElementsOf(
                IntStream.range(60, 100).boxed().toList());
        assertThatThrownBy(() -> list.get(59)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> list.get(100)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aLimitOfOneHoldsTheNewestOnly() {
        RetainedList<String> list = new RetainedList<>(1);
        list.add("a");
        list.add("b");

        assertThat(list.start()).isEqualTo(1);
        assertThat(list.get(1)).isEqualTo("b");
    }

    @Test
    void zeroKeepsEverythingAndANegativeLimitIsRefused() {
        RetainedList<Integer> list = new RetainedList<>(0);
        for (int i = 0; i < 50_000; i++) {
            list.add(i);
        }

        assertThat(list.start()).isZero();
        assertThat(list.end()).isEqualTo(50_000);
        assertThat(list.get(0)).isZero();
        assertThat(list.get(49_999)).isEqualTo(49_999);
        assertThatThrownBy(() -> new RetainedList<>(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyListHoldsNothing() {
        RetainedList<Integer> list = new RetainedList<>(3);

        assertThat(list.start()).isZero();
        assertThat(list.end()).isZero();
        assertThatThrownBy(() -> list.get(0)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
