package vn.resultpost.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.resultpost.gateway.address.AdministrativeUnits;
import vn.resultpost.gateway.canonical.Address;
import vn.resultpost.gateway.canonical.Applicant;
import vn.resultpost.gateway.canonical.ResultDocument;
import vn.resultpost.gateway.canonical.ResultSubmission;

class LegacyAddressConverterTest {

    private static final LegacyAddressConverter CONVERTER = new LegacyAddressConverter(new AdministrativeUnits());

    @Test
    void anOldWardThatWentIntoOneNewWardConverts() {
        Address converted = CONVERTER.convert(with(new Address(null, null, "12 Liễu Giai", "00007"))).result()
                .address();
        assertThat(converted.wardCode()).isEqualTo("00008");
        assertThat(converted.provinceCode()).isEqualTo("01");
        assertThat(converted.legacyWardCode()).isEqualTo("00007");
    }

    @Test
    void aSplitWardIsNotGuessedButHeldWithItsCandidates() {
        LegacyAddressConverter.Conversion held = CONVERTER.convert(with(new Address(null, null, "Số 5 ngõ 1", "00166")));

        assertThat(held.wardPending()).isTrue();
        assertThat(held.result().address().wardCode()).as("never guessed").isNull();
        assertThat(held.result().address().provinceCode()).as("all candidates are in Hà Nội").isEqualTo("01");
        assertThat(held.candidates()).extracting(w -> w.code()).contains("00166", "00160");
        assertThat(LegacyAddressConverter.splitDetail(held.result().address(), held.candidates()))
                .contains("split", "00166", "00160", "choose the ward");
        assertThat(CONVERTER.candidates(held.result().address())).isEqualTo(held.candidates());
    }

    @Test
    void aSplitWardNamedInTheStreetLineResolves() {
        Address converted = CONVERTER.convert(with(new Address(null, null, "Số 5 ngõ 1, Phường Cầu Giấy", "00166")))
                .result().address();
        assertThat(converted.wardCode()).isEqualTo("00166");
    }

    @Test
    void anUnknownOldCodeIsRefusedAndA2025WardIsLeftAlone() {
        assertThatThrownBy(() -> CONVERTER.convert(with(new Address(null, null, "x", "99999"))))
                .isInstanceOf(InvalidResultException.class);
        ResultSubmission modern = with(new Address("01", "00004", "x", "00007"));
        assertThat(CONVERTER.convert(modern).result()).isSameAs(modern);
        assertThat(CONVERTER.convert(modern).wardPending()).isFalse();
    }

    @Test
    void twentyTwentyFiveNamesGetTheirCodesWithOrWithoutDiacritics() {
        Address byNames = convert(names(null, "Thành phố Hà Nội", null, "Phường Cầu Giấy"));
        assertThat(byNames.provinceCode()).isEqualTo("01");
        assertThat(byNames.wardCode()).isEqualTo("00166");
        assertThat(byNames.wardName()).as("what was given is kept").isEqualTo("Phường Cầu Giấy");

        assertThat(convert(names(null, "ha noi", null, "phuong nghia do")).wardCode()).isEqualTo("00160");
        assertThat(convert(names("01", null, null, "Ba Đình")).wardCode()).as("province by code, ward by name")
                .isEqualTo("00004");
    }

    @Test
    void anUnknownProvinceOrWardNameIsRefusedNamingTheField() {
        assertThatThrownBy(() -> CONVERTER.convert(with(names(null, "Tỉnh Hà Tây", null, "Phường Cầu Giấy"))))
                .isInstanceOfSatisfying(InvalidResultException.class, e ->
                        assertThat(e.violations().get(0).field()).isEqualTo("address.provinceName"));
        assertThatThrownBy(() -> CONVERTER.convert(with(names(null, "Hà Nội", null, "Phường Không Có"))))
                .isInstanceOfSatisfying(InvalidResultException.class, e -> {
                    assertThat(e.violations().get(0).field()).isEqualTo("address.wardName");
                    assertThat(e.violations().get(0).message()).contains("Thành phố Hà Nội", "Phường Không Có");
                });
    }

    @Test
    void preTwentyTwentyFiveNamesConvertOrAreHeldWhenTheWardWasSplit() {
        Address converted = convert(names(null, "Thành phố Hà Nội", "Quận Cầu Giấy", "Phường Nghĩa Tân"));
        assertThat(converted.wardCode()).isEqualTo("00160");

        LegacyAddressConverter.Conversion held = CONVERTER.convert(with(names(null, "Hà Nội", "Cầu Giấy", "Dịch Vọng")));
        assertThat(held.wardPending()).isTrue();
        assertThat(held.candidates()).extracting(w -> w.code()).containsExactlyInAnyOrder("00166", "00160");
        assertThat(LegacyAddressConverter.splitDetail(held.result().address(), held.candidates()))
                .contains("Dịch Vọng", "00160", "00166");
        assertThat(CONVERTER.candidates(held.result().address())).isEqualTo(held.candidates());
    }

    private static Address convert(Address a) {
        LegacyAddressConverter.Conversion c = CONVERTER.convert(with(a));
        assertThat(c.wardPending()).isFalse();
        return c.result().address();
    }

    private static Address names(String provinceCode, String province, String district, String ward) {
        return new Address(provinceCode, null, "Số 5 ngõ 1", null, province, district, ward);
    }

    private static ResultSubmission with(Address address) {
        return new ResultSubmission("000.00.12.H26", "D-1", "1.001612",
                new Applicant("Nguyễn Thị Lan", "001190012345", "0912345678", null), address,
                List.of(new ResultDocument("Giấy chứng nhận", 1, true)), 0L, null, null, null);
    }
}
