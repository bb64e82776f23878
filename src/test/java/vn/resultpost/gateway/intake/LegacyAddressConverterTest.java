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
        assertThat(LegacyAddressConverter.splitDetail("00166", held.candidates()))
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

    private static ResultSubmission with(Address address) {
        return new ResultSubmission("000.00.12.H26", "D-1", "1.001612",
                new Applicant("Nguyễn Thị Lan", "001190012345", "0912345678", null), address,
                List.of(new ResultDocument("Giấy chứng nhận", 1, true)), 0L, null, null, null);
    }
}
