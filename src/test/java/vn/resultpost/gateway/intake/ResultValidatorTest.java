package vn.resultpost.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.address.AdministrativeUnits;
import vn.resultpost.gateway.canonical.Address;
import vn.resultpost.gateway.canonical.Applicant;
import vn.resultpost.gateway.canonical.ResultDocument;
import vn.resultpost.gateway.canonical.ResultSubmission;
import vn.resultpost.gateway.canonical.ServiceLevel;
import vn.resultpost.gateway.canonical.Violation;

class ResultValidatorTest {

    private static final String AGENCY = "000.00.12.H26";

    private static final AdministrativeUnits UNITS = new AdministrativeUnits();

    @Test
    void provinceAndWardMustBe2025UnitsThatBelongTogether() {
        assertThat(fields(withAddress(new Address("02", "00004", "Số 12")))).containsExactly("address.provinceCode");
        assertThat(fields(withAddress(new Address("01", "99999", "Số 12")))).containsExactly("address.wardCode");
        assertThat(fields(withAddress(new Address("79", "00004", "Số 12")))).containsExactly("address.wardCode");
        assertThat(validator.validate(withAddress(new Address("79", "00004", "Số 12"))).get(0).message())
                .contains("belongs to province 01");
        assertThat(validator.validate(withAddress(new Address("01", "00166", "36 Cầu Giấy")))).isEmpty();
    }

    private final ResultValidator validator = new ResultValidator(code -> code.equals(AGENCY), UNITS);

    private static Applicant applicant() {
        return new Applicant("Nguyễn Thị Lan", "001190012345", "0912345678", "lan.nguyen@example.vn");
    }

    private static Address address() {
        return new Address("01", "00004", "Số 12 ngõ 34 phố Đội Cấn");
    }

    private static List<ResultDocument> documents() {
        return List.of(new ResultDocument("Giấy chứng nhận đăng ký hộ kinh doanh", 1, true),
                new ResultDocument("Biên lai thu phí", 2, false));
    }

    private static ResultSubmission submission(String agencyCode, String dossierCode, Applicant applicant,
            Address address, List<ResultDocument> documents, Long codAmount, Integer weightGrams) {
        return new ResultSubmission(agencyCode, dossierCode, "1.001612", applicant, address, documents, codAmount,
                ServiceLevel.STANDARD, LocalDate.of(2026, 12, 1), weightGrams);
    }

    private static ResultSubmission valid() {
        return submission(AGENCY, "000.00.12.H26-250114-0007", applicant(), address(), documents(), 50_000L, 300);
    }

    private static ResultSubmission withApplicant(Applicant a) {
        return submission(AGENCY, "000.00.12.H26-250114-0007", a, address(), documents(), 50_000L, 300);
    }

    private static ResultSubmission withAddress(Address a) {
        return submission(AGENCY, "000.00.12.H26-250114-0007", applicant(), a, documents(), 50_000L, 300);
    }

    private static ResultSubmission withDocuments(List<ResultDocument> docs) {
        return submission(AGENCY, "000.00.12.H26-250114-0007", applicant(), address(), docs, 50_000L, 300);
    }

    private static Applicant phone(String phone) {
        Applicant a = applicant();
        return new Applicant(a.fullName(), a.idNumber(), phone, a.email());
    }

    private List<String> fields(ResultSubmission s) {
        return validator.validate(s).stream().map(Violation::field).toList();
    }

    @Test
    void validSubmissionHasNoViolations() {
        assertThat(validator.validate(valid())).isEmpty();
    }

    @Test
    void normalizedFixtureHasNoViolations() {
        ResultSubmission read = new SubmissionReader(new ObjectMapper().findAndRegisterModules())
                .read(Fixtures.result("000.00.12.H26-250114-0007"));
        assertThat(validator.validate(new ResultNormalizer().normalize(read))).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void missingOrBlankAgencyCode(String agencyCode) {
        ResultSubmission s = submission(agencyCode, "D-1", applicant(), address(), documents(), 0L, null);
        List<Violation> v = validator.validate(s);
        assertThat(v).extracting(Violation::field).containsExactly("agencyCode");
        assertThat(v.get(0).message()).isEqualTo("is required");
    }

    @Test
    void unregisteredAgency() {
        ResultSubmission s = submission("000.00.99.H99", "D-1", applicant(), address(), documents(), 0L, null);
        List<Violation> v = validator.validate(s);
        assertThat(v).extracting(Violation::field).containsExactly("agencyCode");
        assertThat(v.get(0).message()).contains("not an agency registered");
    }

    @ParameterizedTest
    @ValueSource(strings = {"H26/2025/0007", "H26 2025 0007", " H26-0007"})
    void dossierCodeWithSlashOrSpaces(String dossierCode) {
        ResultSubmission s = submission(AGENCY, dossierCode, applicant(), address(), documents(), 0L, null);
        assertThat(fields(s)).containsExactly("dossierCode");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0123", "0212345678", "0112345678", "09123456789", "091234567a"})
    void badPhone(String phone) {
        assertThat(fields(withApplicant(phone(phone)))).containsExactly("applicant.phone");
    }

    @ParameterizedTest
    @ValueSource(strings = {"02438234567", "0912345678", "0312345678", "0862345678"})
    void goodPhone(String phone) {
        assertThat(validator.validate(withApplicant(phone(phone)))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"00119001234", "0011900123456", "12345678", "C12345"})
    void idNumberOfWrongLength(String idNumber) {
        Applicant a = new Applicant("Nguyễn Thị Lan", idNumber, "0912345678", null);
        assertThat(fields(withApplicant(a))).containsExactly("applicant.idNumber");
    }

    @ParameterizedTest
    @ValueSource(strings = {"001190012345", "123456789", "C1234567", "B12345678"})
    void acceptedIdNumbers(String idNumber) {
        Applicant a = new Applicant("Nguyễn Thị Lan", idNumber, "0912345678", null);
        assertThat(validator.validate(withApplicant(a))).isEmpty();
    }

    @Test
    void oneDigitProvinceCode() {
        assertThat(fields(withAddress(new Address("1", "00004", "Số 12")))).containsExactly("address.provinceCode");
    }

    @Test
    void fourDigitWardCode() {
        assertThat(fields(withAddress(new Address("01", "0004", "Số 12")))).containsExactly("address.wardCode");
    }

    @Test
    void emptyDocuments() {
        assertThat(fields(withDocuments(List.of()))).containsExactly("documents");
        assertThat(fields(withDocuments(null))).containsExactly("documents");
    }

    @Test
    void documentWithBlankTitle() {
        List<ResultDocument> docs = List.of(new ResultDocument("Giấy chứng nhận", 1, true),
                new ResultDocument("  ", 1, false));
        assertThat(fields(withDocuments(docs))).containsExactly("documents[1].title");
    }

    @Test
    void documentWithZeroCopies() {
        List<ResultDocument> docs = List.of(new ResultDocument("Giấy chứng nhận", 1, true),
                new ResultDocument("Biên lai", 0, false));
        assertThat(fields(withDocuments(docs))).containsExactly("documents[1].copies");
    }

    @ParameterizedTest
    @ValueSource(longs = {-1L, 100_000_001L})
    void codAmountOutOfRange(long cod) {
        ResultSubmission s = submission(AGENCY, "D-1", applicant(), address(), documents(), cod, null);
        assertThat(fields(s)).containsExactly("codAmount");
    }

    @ParameterizedTest
    @ValueSource(longs = {0L, 100_000_000L})
    void codAmountBoundsAreAccepted(long cod) {
        ResultSubmission s = submission(AGENCY, "D-1", applicant(), address(), documents(), cod, null);
        assertThat(validator.validate(s)).isEmpty();
    }

    @Test
    void zeroWeight() {
        ResultSubmission s = submission(AGENCY, "D-1", applicant(), address(), documents(), 0L, 0);
        assertThat(fields(s)).containsExactly("weightGrams");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lan.nguyen", "lan.nguyen@example", "lan nguyen@example.vn", "lan@@example.vn"})
    void badEmail(String email) {
        Applicant a = new Applicant("Nguyễn Thị Lan", "001190012345", "0912345678", email);
        assertThat(fields(withApplicant(a))).containsExactly("applicant.email");
    }

    @Test
    void listsEveryBadFieldAtOnce() {
        Applicant a = new Applicant("Nguyễn Thị Lan", "123", "0123", "not-an-email");
        List<ResultDocument> docs = List.of(new ResultDocument("", 0, true));
        ResultSubmission s = submission("", "a/b", a, new Address("1", "0004", "Số 12"), docs, -5L, 0);

        assertThat(fields(s)).containsExactlyInAnyOrder(
                "agencyCode",
                "dossierCode",
                "applicant.idNumber",
                "applicant.phone",
                "applicant.email",
                "address.provinceCode",
                "address.wardCode",
                "documents[0].title",
                "documents[0].copies",
                "codAmount",
                "weightGrams");
    }
}
