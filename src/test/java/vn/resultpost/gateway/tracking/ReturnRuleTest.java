package vn.resultpost.gateway.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.resultpost.gateway.deadline.HolidayCalendar;

/** The two-attempt rule of Circular 17/2017 Art. 5 on the shipped 2025-2027 calendar. */
class ReturnRuleTest {

    private static final HolidayCalendar CALENDAR = HolidayCalendar.load(Path.of("config/holidays/vn-2025-2027.yml"));
    private final ReturnRule rule = new ReturnRule(CALENDAR, 2);

    @Test
    void twoAttemptsTwoWorkingDaysApartKeepTheRule() {
        // Monday 2026-11-30 and Wednesday 2026-12-02, 10:00 Vietnam time.
        assertThat(rule.breach(List.of(at("2026-11-30T03:00:00Z"), at("2026-12-02T03:00:00Z")))).isEmpty();
    }

    @Test
    void aWeekendDoesNotCountAsWorkingDays() {
        // Friday 2026-12-04, then Monday 2026-12-07: one working day later only.
        assertThat(rule.breach(List.of(at("2026-12-04T03:00:00Z"), at("2026-12-07T03:00:00Z"))))
                .hasValueSatisfying(b -> assertThat(b).contains("not 2 working days apart").contains("2026-12-08"));
        assertThat(rule.breach(List.of(at("2026-12-04T03:00:00Z"), at("2026-12-08T03:00:00Z")))).isEmpty();
    }

    @Test
    void tetHolidaysDoNotCountEither() {
        // Tết Bính Ngọ: Monday 2026-02-16 to Friday 2026-02-20 are days off. After Friday 2026-02-13 the
        // working days are Monday 23 and Tuesday 24 February.
        assertThat(rule.breach(List.of(at("2026-02-13T03:00:00Z"), at("2026-02-23T03:00:00Z")))).isPresent();
        assertThat(rule.breach(List.of(at("2026-02-13T03:00:00Z"), at("2026-02-24T03:00:00Z")))).isEmpty();
    }

    @Test
    void fewerThanTwoAttemptsBreakTheRule() {
        assertThat(rule.breach(List.of())).hasValueSatisfying(b -> assertThat(b).contains("after 0 failed"));
        assertThat(rule.breach(List.of(at("2026-11-30T03:00:00Z"))))
                .hasValueSatisfying(b -> assertThat(b).contains("after 1 failed delivery attempt;"));
    }

    @Test
    void datesAreVietnamDates() {
        // 2026-11-30T18:00Z is already Tuesday 1 December in Vietnam: Thursday 3 December is two working days on.
        assertThat(rule.breach(List.of(at("2026-11-30T18:00:00Z"), at("2026-12-02T03:00:00Z")))).isPresent();
        assertThat(rule.breach(List.of(at("2026-11-30T18:00:00Z"), at("2026-12-03T03:00:00Z")))).isEmpty();
    }

    private static Instant at(String iso) {
        return Instant.parse(iso);
    }
}
