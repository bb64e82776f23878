package vn.resultpost.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.canonical.ResultDocument;
import vn.resultpost.gateway.canonical.ResultSubmission;
import vn.resultpost.gateway.canonical.ServiceLevel;
import vn.resultpost.gateway.canonical.Violation;

class SubmissionReaderTest {

    private final SubmissionReader reader = new SubmissionReader(new ObjectMapper().findAndRegisterModules());

    private Violation onlyViolation(String body) {
        InvalidResultException e = catchThrowableOfType(InvalidResultException.class, () -> reader.read(body));
        assertThat(e).as("reading %s should fail", body).isNotNull();
        assertThat(e.violations()).hasSize(1);
        return e.violations().get(0);
    }

    /** The fixture with one top-level field's raw JSON value replaced. */
    private static String fixtureWith(String field, String rawValue) {
        String body = Fixtures.result("D-1");
        String replaced = body.replaceFirst("\"" + field + "\": [^,\\n]+", "\"" + field + "\": " + rawValue);
        assertThat(replaced).as("fixture must contain %s", field).isNotEqualTo(body);
        return replaced;
    }

    @Test
    void readsTheFixture() {
        ResultSubmission s = reader.read(Fixtures.result("000.00.12.H26-250114-0007"));

        assertThat(s.agencyCode()).isEqualTo("000.00.12.H26");
        assertThat(s.dossierCode()).isEqualTo("000.00.12.H26-250114-0007");
        assertThat(s.procedureCode()).isEqualTo("1.001612");
        assertThat(s.applicant().fullName()).isEqualTo("  Nguyễn   Thị Lan ");
        assertThat(s.applicant().phone()).isEqualTo("+84 912.345.678");
        assertThat(s.applicant().idNumber()).isEqualTo("001190012345");
        assertThat(s.address().provinceCode()).isEqualTo("01");
        assertThat(s.address().wardCode()).isEqualTo("00004");
        assertThat(s.documents()).extracting(ResultDocument::title, ResultDocument::copies, ResultDocument::original)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Giấy chứng nhận đăng ký hộ kinh doanh", 1, true),
                        org.assertj.core.groups.Tuple.tuple("Biên lai thu phí", 2, false));
        assertThat(s.codAmount()).isEqualTo(50_000L);
        assertThat(s.serviceLevel()).isEqualTo(ServiceLevel.STANDARD);
        assertThat(s.appointmentDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(s.weightGrams()).isNull();
    }

    @Test
    void malformedJsonNamesTheLine() {
        String body = "{\n  \"agencyCode\": \"000.00.12.H26\",\n  \"dossierCode\": ,\n  \"codAmount\": 0\n}";
        Violation v = onlyViolation(body);
        assertThat(v.field()).isEqualTo("$");
        assertThat(v.message()).contains("malformed JSON").contains("line 3");
    }

    @Test
    void truncatedJsonIsMalformed() {
        Violation v = onlyViolation("{\"agencyCode\": \"000.00.12.H26\"");
        assertThat(v.field()).isEqualTo("$");
        assertThat(v.message()).contains("line 1");
    }

    @Test
    void codAmountNotANumber() {
        Violation v = onlyViolation(fixtureWith("codAmount", "\"abc\""));
        assertThat(v).isEqualTo(new Violation("codAmount", "must be a whole number"));
    }

    @Test
    void unknownServiceLevelListsTheAllowedValues() {
        Violation v = onlyViolation(fixtureWith("serviceLevel", "\"FAST\""));
        assertThat(v.field()).isEqualTo("serviceLevel");
        assertThat(v.message()).contains("STANDARD").contains("EXPRESS");
    }

    @Test
    void appointmentDateInWrongFormat() {
        Violation v = onlyViolation(fixtureWith("appointmentDate", "\"01/12/2026\""));
        assertThat(v.field()).isEqualTo("appointmentDate");
        assertThat(v.message()).contains("yyyy-MM-dd");
    }

    @Test
    void wrongTypeInsideAListItemNamesTheItem() {
        String body = Fixtures.result("D-1").replaceFirst("\"copies\": 1", "\"copies\": \"x\"");
        assertThat(body).contains("\"copies\": \"x\"");
        Violation v = onlyViolation(body);
        assertThat(v.field()).isEqualTo("documents[0].copies");
        assertThat(v.message()).isEqualTo("must be a whole number");
    }

    @Test
    void wrongTypeInSecondListItemNamesThatItem() {
        String body = Fixtures.result("D-1").replaceFirst("\"copies\": 2", "\"copies\": \"two\"");
        assertThat(onlyViolation(body).field()).isEqualTo("documents[1].copies");
    }

    @Test
    void wrongTypeInNestedObjectNamesThePath() {
        String body = Fixtures.result("D-1").replaceFirst("\"original\": true", "\"original\": \"maybe\"");
        Violation v = onlyViolation(body);
        assertThat(v.field()).isEqualTo("documents[0].original");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\n"})
    void emptyBody(String body) {
        assertThat(onlyViolation(body).field()).isEqualTo("$");
    }

    @Test
    void jsonNullBody() {
        assertThat(onlyViolation("null").field()).isEqualTo("$");
    }

    @Test
    void exceptionMessageListsTheViolations() {
        InvalidResultException e = catchThrowableOfType(InvalidResultException.class,
                () -> reader.read(fixtureWith("codAmount", "\"abc\"")));
        assertThat(e).hasMessageContaining("1 invalid field(s)").hasMessageContaining("codAmount");
        assertThat(e.violations()).isEqualTo(List.of(new Violation("codAmount", "must be a whole number")));
    }
}
