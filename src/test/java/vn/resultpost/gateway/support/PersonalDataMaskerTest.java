package vn.resultpost.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.resultpost.gateway.Fixtures;

class PersonalDataMaskerTest {

    private final PersonalDataMasker masker = new PersonalDataMasker();

    @ParameterizedTest
    @ValueSource(strings = {"0912345678", "+84912345678", "84912345678", "+84 912.345.678", "+84 912 345 678",
            "0912.345.678", "0912 345 678", "0912-345-678", "+84-912-345-678", "84 912345678"})
    void mobileNumbersInEveryWrittenFormKeepTheirLastThreeDigits(String phone) {
        assertThat(masker.mask(phone)).isEqualTo("*******678");
        assertThat(masker.mask("{\"phone\":\"" + phone + "\"}")).isEqualTo("{\"phone\":\"*******678\"}");
        assertThat(masker.mask("Gọi " + phone + ", cảm ơn")).isEqualTo("Gọi *******678, cảm ơn");
    }

    @ParameterizedTest
    @CsvSource({"02438234567, ********567", "+842438234567, ********567", "0386123456, *******456",
            "0701234567, *******567", "0561234567, *******567"})
    void landlinesAndOtherMobileRangesAreMasked(String phone, String masked) {
        assertThat(masker.mask(phone)).isEqualTo(masked);
    }

    @Test
    void idNumbersOfTwelveAndNineDigitsKeepTheirLastThreeDigits() {
        assertThat(masker.mask("\"idNumber\":\"001190012345\"")).isEqualTo("\"idNumber\":\"*********345\"");
        assertThat(masker.mask("CMND 123456789.")).isEqualTo("CMND ******789.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"EB123456785VN", "2026-12-01", "2026-11-28T10:15:00+07:00", "20261128101500",
            "000.00.12.H26-261128-0007", "83ae35f1-5a2c-4d1e-9b7f-012345678901", "1.001612", "50000", "18000",
            "123456789012", "09123456789", "0123456789", "0.912345678", "C1234567", "lan.nguyen@example.vn",
            "x0912345678", "0912345678x", "_0912345678", "1234567890123"})
    void leavesWaybillsDatesCodesAndOtherNumbersAlone(String text) {
        assertThat(masker.mask(text)).isEqualTo(text);
    }

    @Test
    void masksTheFixtureSubmissionAndKeepsItsOtherFields() {
        String raw = Fixtures.result("000.00.12.H26-261128-0901");

        String masked = masker.mask(raw);

        assertThat(masked).doesNotContain("912.345.678", "912345678", "001190012345", "190012345")
                .contains("\"phone\": \"*******678\"", "\"idNumber\": \"*********345\"",
                        "000.00.12.H26-261128-0901", "2026-12-01", "\"codAmount\": 50000", "\"wardCode\": \"00004\"");
    }

    @Test
    void phoneNextToAnIdNumberAreBothMasked() {
        assertThat(masker.mask("0912345678 001190012345")).isEqualTo("*******678 *********345");
        assertThat(masker.mask("0912345678,0987654321")).isEqualTo("*******678,*******321");
    }

    @Test
    void nullAndEmptyStayAsTheyAre() {
        assertThat(masker.mask(null)).isNull();
        assertThat(masker.mask("")).isEmpty();
    }
}
