package vn.resultpost.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.resultpost.gateway.canonical.Address;
import vn.resultpost.gateway.canonical.Applicant;
import vn.resultpost.gateway.canonical.ResultDocument;
import vn.resultpost.gateway.canonical.ResultSubmission;
import vn.resultpost.gateway.canonical.ServiceLevel;

/** The resubmission fingerprint: absent optional fields do not count, every present value does. */
class SubmissionHashTest {

    private final SubmissionHash hash = new SubmissionHash(new ObjectMapper().findAndRegisterModules());

    @Test
    void anOptionalFieldLeftOutOrEmptyGivesTheSameHash() {
        assertThat(hash.of(result(null, new Address("01", "00004", "Số 1"))))
                .isEqualTo(hash.of(result(List.of(), new Address("01", "00004", "Số 1", null, null, null, null))));
    }

    @Test
    void everyGivenValueCounts() {
        String plain = hash.of(result(null, new Address("01", "00004", "Số 1")));
        assertThat(hash.of(result(List.of("Giấy biên nhận hồ sơ"), new Address("01", "00004", "Số 1"))))
                .isNotEqualTo(plain);
        assertThat(hash.of(result(null, new Address("01", "00004", "Số 2")))).isNotEqualTo(plain);
        assertThat(hash.of(result(null, new Address("01", "00004", "Số 1", null, "Hà Nội", null, null))))
                .isNotEqualTo(plain);
        assertThat(plain).matches("[0-9a-f]{64}");
    }

    private static ResultSubmission result(List<String> papers, Address address) {
        return new ResultSubmission("000.00.12.H26", "D-1", "1.001612",
                new Applicant("Nguyễn Thị Lan", "001190012345", "0912345678", null), address,
                List.of(new ResultDocument("Giấy chứng nhận", 1, true)), 0L, ServiceLevel.STANDARD,
                LocalDate.of(2026, 12, 1), null, false, false, papers);
    }
}
