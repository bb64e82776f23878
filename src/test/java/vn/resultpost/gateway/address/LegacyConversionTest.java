package vn.resultpost.gateway.address;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.resultpost.gateway.address.LegacyResolution.Resolved;
import vn.resultpost.gateway.address.LegacyResolution.Split;
import vn.resultpost.gateway.address.LegacyResolution.Unknown;

class LegacyConversionTest {

    private final AdministrativeUnits units = Units.REGISTRY;

    @ParameterizedTest(name = "old {0} {1} → {2}")
    @CsvSource({ // rows of the package: the wards of the old Ba Đình district (Hà Nội)
            "00022, Phường Đội Cấn, 00004", "00013, Phường Quán Thánh, 00004", "00004, Phường Trúc Bạch, 00004",
            "00019, Phường Điện Biên, 00004", "00001, Phường Phúc Xá, 00097", "00031, Phường Giảng Võ, 00025",
            "00028, Phường Kim Mã, 00025", "00016, Phường Ngọc Hà, 00008", "26881, Phường 12 (Gò Vấp), 26882"})
    void convertsAnOldWardCodeToTheOne2025Ward(String oldCode, String oldName, String newCode) {
        assertThat(units.fromLegacyWardCode(oldCode, null))
                .isEqualTo(new Resolved(units.ward(newCode).orElseThrow(), false));
    }

    @Test
    void everyUnsplitOldWardConvertsToItsMappedWard() {
        units.legacyWards().stream().filter(l -> l.code() != null && !l.isSplit()).forEach(l ->
                assertThat(units.fromLegacyWardCode(l.code(), "Số 1")).isEqualTo(
                        new Resolved(units.ward(l.newWardCodes().get(0)).orElseThrow(), false)));
    }

    @Test
    void convertsOldNamesWithoutDiacriticsOrPrefixes() {
        Ward baDinh = units.ward("00004").orElseThrow();
        assertThat(units.fromLegacyNames("Thành phố Hà Nội", "Quận Ba Đình", "Phường Đội Cấn", null))
                .isEqualTo(new Resolved(baDinh, false));
        assertThat(units.fromLegacyNames("ha noi", "ba dinh", "doi can", null)).isEqualTo(new Resolved(baDinh, false));
        assertThat(units.fromLegacyNames("TP. Hà Nội", "Q. Ba Đình", "P. Đội Cấn", null))
                .isEqualTo(new Resolved(baDinh, false));
    }

    @Test
    void aSplitWardListsItsCandidatesAndIsNeverGuessed() {
        Ward cauGiay = units.ward("00166").orElseThrow();
        Ward nghiaDo = units.ward("00160").orElseThrow();
        Split split = new Split(java.util.List.of(cauGiay, nghiaDo));
        assertThat(units.fromLegacyWardCode("00166", null)).isEqualTo(split);
        assertThat(units.fromLegacyWardCode("00166", "Số 12 Trần Thái Tông")).isEqualTo(split);
        assertThat(units.fromLegacyWardCode("00166", "Số 3 phố Cầu Giấy")).as("a street, and the old district's name")
                .isEqualTo(split);
        assertThat(units.fromLegacyWardCode("00166", "Phường Dịch Vọng, Quận Cầu Giấy")).isEqualTo(split);
        assertThat(units.fromLegacyWardCode("00166", "Nghĩa Đô hay phường Cầu Giấy")).isEqualTo(split);
    }

    @Test
    void aSplitWardResolvesWhenTheStreetLineNamesExactlyOneCandidate() {
        assertThat(units.fromLegacyWardCode("00166", "Số 5 ngõ 12, nghia do"))
                .isEqualTo(new Resolved(units.ward("00160").orElseThrow(), true));
        assertThat(units.fromLegacyWardCode("00166", "Số 1 Xuân Thủy, PHƯỜNG CẦU GIẤY"))
                .isEqualTo(new Resolved(units.ward("00166").orElseThrow(), true));
    }

    @Test
    void aSplitKnownOnlyByNameResolvesTheSameWay() {
        Ward tay = units.ward("26882").orElseThrow();
        Ward dong = units.ward("26878").orElseThrow();
        assertThat(units.fromLegacyNames("Thành phố Hồ Chí Minh", "Quận Gò Vấp", "Phường 13", ""))
                .isEqualTo(new Split(java.util.List.of(tay, dong)));
        assertThat(units.fromLegacyNames("ho chi minh", "go vap", "phuong 13", "12 Quang Trung, An Hội Đông"))
                .isEqualTo(new Resolved(dong, true));
    }

    @Test
    void oldNamesThatFoldAlikeAreToldApartByTheirDiacriticsOrListedAsASplit() {
        Ward auLau = units.ward("04543").orElseThrow();
        Ward tranYen = units.ward("04498").orElseThrow();
        assertThat(units.fromLegacyNames("Tỉnh Yên Bái", "Huyện Trấn Yên", "Xã Minh Quân", null))
                .isEqualTo(new Resolved(auLau, false));
        assertThat(units.fromLegacyNames("Yên Bái", "Trấn Yên", "Minh Quán", null)).isEqualTo(new Resolved(tranYen, false));
        assertThat(units.fromLegacyNames("yen bai", "tran yen", "minh quan", null))
                .isInstanceOfSatisfying(Split.class, s -> assertThat(s.candidates()).containsExactlyInAnyOrder(auLau, tranYen));
    }

    @Test
    void anOldWardKnownOnlyByNameConvertsByNameNotByCode() {
        assertThat(units.fromLegacyWardCode("00010", null)).as("Nguyễn Trung Trực has no code in the data")
                .isInstanceOf(Unknown.class);
        assertThat(units.fromLegacyNames("Hà Nội", "Ba Đình", "Nguyễn Trung Trực", null))
                .isEqualTo(new Resolved(units.ward("00004").orElseThrow(), false));
    }

    @Test
    void unknownOldUnitsAreReportedNotGuessed() {
        assertThat(units.fromLegacyWardCode("99999", null)).isInstanceOf(Unknown.class);
        assertThat(units.fromLegacyWardCode(null, null)).isInstanceOf(Unknown.class);
        assertThat(units.fromLegacyNames("Hà Nội", "Ba Đình", "Không Có", null))
                .isInstanceOfSatisfying(Unknown.class, u -> assertThat(u.reason()).contains("Không Có"));
    }
}
