package vn.resultpost.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.resultpost.gateway.canonical.Address;
import vn.resultpost.gateway.canonical.Applicant;
import vn.resultpost.gateway.canonical.ResultDocument;
import vn.resultpost.gateway.canonical.ResultSubmission;
import vn.resultpost.gateway.canonical.ServiceLevel;

class ResultNormalizerTest {

    private final ResultNormalizer normalizer = new ResultNormalizer();

    private static ResultSubmission submission(Applicant applicant, List<ResultDocument> docs, Long cod,
            ServiceLevel level) {
        return new ResultSubmission("000.00.12.H26", "D-1", "1.001612", applicant,
                new Address("01", "00004", "Số 12"), docs, cod, level, LocalDate.of(2026, 12, 1), 300);
    }

    private static Applicant applicant(String fullName, String idNumber, String phone, String email) {
        return new Applicant(fullName, idNumber, phone, email);
    }

    private ResultSubmission normalizeApplicant(Applicant a) {
        return normalizer.normalize(submission(a, List.of(new ResultDocument("Giấy", 1, true)), 0L,
                ServiceLevel.STANDARD));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+84 912.345.678", "84912345678", "0912-345-678", "(091) 2345678", " 0912 345 678 "})
    void phoneFormsBecomeTenDigitLocalForm(String raw) {
        ResultSubmission out = normalizeApplicant(applicant("Lan", "001190012345", raw, null));
        assertThat(out.applicant().phone()).isEqualTo("0912345678");
    }

    @Test
    void landlineIsKept() {
        ResultSubmission out = normalizeApplicant(applicant("Lan", "001190012345", "024 3823 4567", null));
        assertThat(out.applicant().phone()).isEqualTo("02438234567");
    }

    @Test
    void namesCollapseInnerWhitespaceAndTrim() {
        ResultSubmission in = new ResultSubmission("000.00.12.H26", "D-1", null,
                applicant("  Nguyễn   Thị\t Lan ", "001190012345", "0912345678", null),
                new Address("01", "00004", "  Số 12   ngõ 34\n phố Đội Cấn "),
                List.of(new ResultDocument("  Biên lai thu phí  ", 1, false)), null, null, null, null);
        ResultSubmission out = normalizer.normalize(in);
        assertThat(out.applicant().fullName()).isEqualTo("Nguyễn Thị Lan");
        assertThat(out.address().streetLine()).isEqualTo("Số 12 ngõ 34 phố Đội Cấn");
        assertThat(out.documents().get(0).title()).isEqualTo("Biên lai thu phí");
    }

    @Test
    void idNumberIsUpperCasedAndTrimmed() {
        ResultSubmission out = normalizeApplicant(applicant("Lan", " c1234567 ", "0912345678", null));
        assertThat(out.applicant().idNumber()).isEqualTo("C1234567");
    }

    @Test
    void defaultsAreFilled() {
        List<ResultDocument> docs = List.of(new ResultDocument("Giấy", null, true),
                new ResultDocument("Biên lai", 3, false));
        ResultSubmission out = normalizer.normalize(
                submission(applicant("Lan", "001190012345", "0912345678", null), docs, null, null));
        assertThat(out.codAmount()).isZero();
        assertThat(out.serviceLevel()).isEqualTo(ServiceLevel.STANDARD);
        assertThat(out.documents()).extracting(ResultDocument::copies).containsExactly(1, 3);
        assertThat(out.documents()).extracting(ResultDocument::original).containsExactly(true, false);
    }

    @Test
    void givenValuesAreNotReplacedByDefaults() {
        ResultSubmission out = normalizer.normalize(submission(applicant("Lan", "001190012345", "0912345678", null),
                List.of(new ResultDocument("Giấy", 2, true)), 50_000L, ServiceLevel.EXPRESS));
        assertThat(out.codAmount()).isEqualTo(50_000L);
        assertThat(out.serviceLevel()).isEqualTo(ServiceLevel.EXPRESS);
        assertThat(out.documents().get(0).copies()).isEqualTo(2);
        assertThat(out.appointmentDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(out.weightGrams()).isEqualTo(300);
    }

    @Test
    void blankStringsBecomeNull() {
        ResultSubmission in = new ResultSubmission("   ", "", " \t ",
                applicant("  ", " ", "", "   "),
                new Address(" ", "", "  "),
                List.of(new ResultDocument("   ", 1, false)), 0L, ServiceLevel.STANDARD, null, null);
        ResultSubmission out = normalizer.normalize(in);
        assertThat(out.agencyCode()).isNull();
        assertThat(out.dossierCode()).isNull();
        assertThat(out.procedureCode()).isNull();
        assertThat(out.applicant().fullName()).isNull();
        assertThat(out.applicant().idNumber()).isNull();
        assertThat(out.applicant().email()).isNull();
        assertThat(out.address().provinceCode()).isNull();
        assertThat(out.address().wardCode()).isNull();
        assertThat(out.address().streetLine()).isNull();
        assertThat(out.documents().get(0).title()).isNull();
    }

    @Test
    void blankPhoneBecomesNull() {
        ResultSubmission out = normalizeApplicant(applicant("Lan", "001190012345", "   ", null));
        assertThat(out.applicant().phone()).isNull();
    }

    @Test
    void missingPartsStayMissing() {
        ResultSubmission in = new ResultSubmission(" A ", " D ", null, null, null, null, null, null, null, null);
        ResultSubmission out = normalizer.normalize(in);
        assertThat(out.agencyCode()).isEqualTo("A");
        assertThat(out.dossierCode()).isEqualTo("D");
        assertThat(out.applicant()).isNull();
        assertThat(out.address()).isNull();
        assertThat(out.documents()).isNull();
    }

    @Test
    void nullDocumentEntryIsKeptForTheValidator() {
        List<ResultDocument> docs = Arrays.asList(new ResultDocument("Giấy", 1, true), null);
        ResultSubmission out = normalizer.normalize(
                submission(applicant("Lan", "001190012345", "0912345678", null), docs, 0L, null));
        assertThat(out.documents()).hasSize(2);
        assertThat(out.documents().get(1)).isNull();
    }
}
