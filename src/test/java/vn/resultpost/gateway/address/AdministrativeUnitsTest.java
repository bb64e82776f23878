package vn.resultpost.gateway.address;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.resultpost.gateway.canonical.Address;

class AdministrativeUnitsTest {

    private final AdministrativeUnits units = Units.REGISTRY;

    @Test
    void everyProvinceAndWardOfThePackageLoads() {
        assertThat(units.provinces()).hasSize(34);
        assertThat(units.wards()).hasSize(3321);
        assertThat(units.wards()).extracting(Ward::code).doesNotHaveDuplicates().allMatch(c -> c.matches("\\d{5}"));
        assertThat(units.provinces()).extracting(Province::code).doesNotHaveDuplicates().allMatch(c -> c.matches("\\d{2}"));
        assertThat(units.wards()).allSatisfy(w -> assertThat(units.province(w.provinceCode())).isPresent());
        assertThat(units.provinces()).allSatisfy(p -> assertThat(units.wardsOf(p.code())).isNotEmpty());
        assertThat(units.wardsOf("01")).hasSize(126);
        assertThat(units.wardsOf("79")).hasSize(168);
    }

    @Test
    void everyLegacyMappingLoadsAndPointsAtAnExistingWard() {
        assertThat(units.sourceMappingRows()).isEqualTo(10977);
        assertThat(units.legacyWards()).hasSize(10803);
        assertThat(units.legacyWards().stream().mapToInt(l -> l.newWardCodes().size()).sum()).isEqualTo(10832);
        assertThat(units.legacyWards().stream().filter(l -> l.code() != null)).hasSize(10034);
        assertThat(units.legacyWards().stream().filter(LegacyWard::isSplit)).hasSize(25);
        assertThat(units.legacyWards()).allSatisfy(l -> assertThat(l.newWardCodes())
                .allSatisfy(code -> assertThat(units.ward(code)).isPresent()));
    }

    @Test
    void theOldWardsShareOneStringForEachRepeatedNameAndCode() {
        // ~7 MiB less heap for the registry (docs/benchmarks.md, "The live heap under load by owner").
        var canTho = units.legacyWards().stream().filter(l -> l.provinceName().equals("Thành phố Cần Thơ")).toList();
        var ninhKieu = canTho.stream().filter(l -> l.districtName().equals("Quận Ninh Kiều")).toList();
        var anCu = units.legacyWards().stream().filter(l -> l.wardName().equals("Phường An Cư")).findFirst().orElseThrow();
        assertThat(canTho).hasSizeGreaterThan(50);
        assertThat(canTho).allSatisfy(l -> assertThat(l.provinceName()).isSameAs(canTho.get(0).provinceName()));
        assertThat(ninhKieu).hasSizeGreaterThan(2)
                .allSatisfy(l -> assertThat(l.districtName()).isSameAs(ninhKieu.get(0).districtName()));
        assertThat(anCu.newWardCodes().get(0)).isSameAs(units.ward("31135").orElseThrow().code());
    }

    @Test
    void theMajorCitiesHaveTheirOfficialCodes() {
        Map<String, String> cities = units.provinces().stream()
                .filter(p -> Set.of("01", "79", "31", "48", "92", "46").contains(p.code()))
                .collect(Collectors.toMap(Province::code, Province::name));
        assertThat(cities).containsOnly(
                Map.entry("01", "Thành phố Hà Nội"), Map.entry("79", "Thành phố Hồ Chí Minh"),
                Map.entry("31", "Thành phố Hải Phòng"), Map.entry("48", "Thành phố Đà Nẵng"),
                Map.entry("92", "Thành phố Cần Thơ"), Map.entry("46", "Thành phố Huế"));
    }

    @Test
    void findsUnitsByCodeAndChecksThatAWardBelongsToItsProvince() {
        assertThat(units.ward("00004")).contains(new Ward("00004", "Phường Ba Đình", "01"));
        assertThat(units.ward("4")).map(Ward::name).contains("Phường Ba Đình");
        assertThat(units.province("1")).map(Province::name).contains("Thành phố Hà Nội");
        assertThat(units.wardBelongsTo("00004", "01")).isTrue();
        assertThat(units.wardBelongsTo("00004", "79")).isFalse();
        assertThat(units.wardBelongsTo("26882", "79")).isTrue();
    }

    @Test
    void unknownCodesFindNothing() {
        assertThat(units.province("99")).isEmpty();
        assertThat(units.province(null)).isEmpty();
        assertThat(units.ward("99999")).isEmpty();
        assertThat(units.ward("")).isEmpty();
        assertThat(units.wardBelongsTo("99999", "01")).isFalse();
        assertThat(units.wardsOf("99")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "01, Phường Ba Đình, 00004", "01, phuong ba dinh, 00004", "01, '  PHƯỜNG   BA ĐÌNH ', 00004",
            "01, Ba Đình, 00004", "01, ba dinh, 00004", "79, Đặc khu Côn Đảo, 26732", "79, con dao, 26732",
            "79, An Hội Tây, 26882", "68, Phường 1 Bảo Lộc, 24823"})
    void findsWardsByNameWithoutDiacriticsCaseOrPrefix(String province, String name, String code) {
        assertThat(units.wardByName(province, name)).map(Ward::code).contains(code);
    }

    @Test
    void matchesDecomposedUnicodeAndRejectsUnknownOrForeignNames() {
        String decomposed = Normalizer.normalize("Phường Ba Đình", Normalizer.Form.NFD);
        assertThat(units.wardByName("01", decomposed)).map(Ward::code).contains("00004");
        assertThat(units.wardByName("79", "Ba Đình")).isEmpty();
        assertThat(units.wardByName("01", "Không Có")).isEmpty();
        assertThat(units.wardByName("01", null)).isEmpty();
    }

    @Test
    void writtenDiacriticsTellApartNamesThatFoldAlike() {
        assertThat(units.wardByName("19", "Xã Văn Lăng")).map(Ward::code).contains("05665");
        assertThat(units.wardByName("19", "Văn Lang")).map(Ward::code).contains("02143");
        assertThat(units.wardByName("19", "xa van lang")).as("ambiguous without diacritics").isEmpty();
        assertThat(units.wardByName("25", "xa van lang")).map(Ward::code).contains("08134");
        assertThat(units.wardByName("51", "Sơn Hạ")).map(Ward::code).contains("21292");
        assertThat(units.wardByName("51", "son ha")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"Thành phố Hà Nội, 01", "ha noi, 01", "TP Hồ Chí Minh, 79", "thanh pho ho chi minh, 79",
            "HUẾ, 46", "Tỉnh Đắk Lắk, 66", "dak lak, 66", "Tinh Cao Bang, 04"})
    void findsProvincesByName(String name, String code) {
        assertThat(units.provinceByName(name)).map(Province::code).contains(code);
    }

    @Test
    void describesAnAddressWithOfficialNames() {
        assertThat(units.describe(new Address("01", "00004", "Số 12 ngõ 34 phố Đội Cấn")))
                .isEqualTo("Số 12 ngõ 34 phố Đội Cấn, Phường Ba Đình, Thành phố Hà Nội");
        assertThat(units.describe(new Address("99", "99999", null))).isEqualTo("99999, 99");
    }
}
