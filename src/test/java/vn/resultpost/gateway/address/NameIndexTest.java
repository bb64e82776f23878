package vn.resultpost.gateway.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The name index: strictest key first, and read-only buckets built once rather than copied at each lookup. */
class NameIndexTest {

    private static final Map<String, List<String>> KEYS = Map.of(
            "Xã Tân Thành", List.of("xã tân thành", "tan thanh"),
            "Xã Tân Thạnh", List.of("xã tân thạnh", "tan thanh"),
            "Phường Ba Đình", List.of("phường ba đình", "ba dinh"));

    private final NameIndex<String> index = new NameIndex<>(List.of("Xã Tân Thành", "Xã Tân Thạnh", "Phường Ba Đình"),
            KEYS::get);

    @Test
    void theStrictestMatchingKeyAnswers() {
        assertThat(index.find(List.of("xã tân thạnh", "tan thanh"))).containsExactly("Xã Tân Thạnh");
        assertThat(index.find(List.of("xa tan thanh", "tan thanh"))).containsExactly("Xã Tân Thành", "Xã Tân Thạnh");
        assertThat(index.find(List.of("nowhere", "nowhere"))).isEmpty();
    }

    @Test
    void aLookupAnswersTheIndexsOwnReadOnlyList() {
        List<String> first = index.find(List.of("x", "ba dinh"));

        assertThat(index.find(List.of("x", "ba dinh"))).isSameAs(first).containsExactly("Phường Ba Đình");
        assertThatThrownBy(() -> first.add("Phường Kim Mã")).isInstanceOf(UnsupportedOperationException.class);
    }
}
