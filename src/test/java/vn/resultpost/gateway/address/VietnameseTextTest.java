package vn.resultpost.gateway.address;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void foldsDiacriticsDBarCaseAndPunctuation() {
        assertThat(VietnameseText.fold("Phường Ba Đình")).isEqualTo("phuong ba dinh");
        assertThat(VietnameseText.fold("  ĐƯỜNG Điện-Biên Phủ, Q.1 ")).isEqualTo("duong dien bien phu q 1");
        assertThat(VietnameseText.fold("Hoà")).isEqualTo(VietnameseText.fold("Hòa"));
        assertThat(VietnameseText.fold(null)).isEmpty();
    }

    @Test
    void stripsOneLeadingPrefixOnly() {
        assertThat(VietnameseText.stripPrefix("thi tran moc chau", VietnameseText.WARD_PREFIXES)).isEqualTo("moc chau");
        assertThat(VietnameseText.stripPrefix("xa xuan", VietnameseText.WARD_PREFIXES)).isEqualTo("xuan");
        assertThat(VietnameseText.stripPrefix("phuong", VietnameseText.WARD_PREFIXES)).isEqualTo("phuong");
        assertThat(VietnameseText.stripPrefix("thanh pho hue", VietnameseText.PROVINCE_PREFIXES)).isEqualTo("hue");
    }

    @Test
    void givesStrictestKeysFirst() {
        assertThat(VietnameseText.keys("Thị trấn  Mộc Châu", VietnameseText.WARD_PREFIXES))
                .containsExactly("thị trấn mộc châu", "mộc châu", "thi tran moc chau", "moc chau");
        assertThat(VietnameseText.keys("Tân Thạnh", VietnameseText.WARD_PREFIXES))
                .containsExactly("tân thạnh", "tân thạnh", "tan thanh", "tan thanh");
    }

    @Test
    void matchesWholeWordsOnly() {
        assertThat(VietnameseText.containsPhrase("so 5 ngo 12 nghia do", "nghia do")).isTrue();
        assertThat(VietnameseText.containsPhrase("so 5 nghia dong", "nghia do")).isFalse();
        assertThat(VietnameseText.containsPhrase("abc", "")).isFalse();
    }
}
