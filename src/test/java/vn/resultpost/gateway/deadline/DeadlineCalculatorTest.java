package vn.resultpost.gateway.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineCalculatorTest {

    private final DeadlineCalculator calculator = new DeadlineCalculator(HolidayCalendarTest.SHIPPED);

    @ParameterizedTest(name = "{0} {1}→{2} district={3} slip={4} sameDay={5}: {6} J={7} due={8}")
    @CsvSource({
            // weekend: Friday pickup, same province J+2 → Tuesday
            "2026-03-06T10:00+07:00, 01, 01, , false, false, SAME_PROVINCE, 2026-03-06, 2026-03-10",
            // same former district J+1, Friday → Monday
            "2026-03-06T10:00+07:00, 01, 01, true, false, false, SAME_DISTRICT, 2026-03-06, 2026-03-09",
            // public holidays 30/4 and 1/5 (Thu, Fri), inter-province J+4
            "2026-04-29T09:00+07:00, 01, 24, , false, false, INTER_PROVINCE, 2026-04-29, 2026-05-07",
            // Tết Bính Ngọ: off 16-20 Feb 2026; Hà Nội → TP Hồ Chí Minh J+3 from Friday 13 Feb
            "2026-02-13T15:00+07:00, 01, 79, , false, false, MAJOR_CITIES, 2026-02-13, 2026-02-25",
            // picked up during Tết: J is the first working day after it
            "2026-02-18T08:00+07:00, 48, 92, , false, false, MAJOR_CITIES, 2026-02-23, 2026-02-26",
            // doubled for an appointment slip: same province J+2 × 2
            "2026-03-02T10:00+07:00, 79, 79, false, true, false, SAME_PROVINCE, 2026-03-02, 2026-03-06",
            // doubled inter-province J+4 × 2 over a weekend
            "2026-03-02T10:00+07:00, 31, 40, , true, false, INTER_PROVINCE, 2026-03-02, 2026-03-12",
            // same-day procedure: due the pickup day, never doubled
            "2026-03-03T10:00+07:00, 01, 96, , true, true, SAME_DAY, 2026-03-03, 2026-03-03",
            // pickup on a Sunday: J is Monday
            "2026-03-08T11:00+07:00, 01, 01, true, false, false, SAME_DISTRICT, 2026-03-09, 2026-03-10",
            // same-day procedure picked up on a Saturday: due the next working day
            "2026-03-07T11:00+07:00, 01, 01, , false, true, SAME_DAY, 2026-03-09, 2026-03-09",
            // Giỗ Tổ 2026 falls on Sunday 26/4: compensatory Monday 27/4
            "2026-04-24T10:00+07:00, 46, 46, true, false, false, SAME_DISTRICT, 2026-04-24, 2026-04-28",
            // a make-up Saturday (10/01/2026) is a working day
            "2026-01-09T10:00+07:00, 01, 01, true, false, false, SAME_DISTRICT, 2026-01-09, 2026-01-10",
            // Quốc khánh 2026: Mon 31/8 swapped, 1-2/9 off
            "2026-08-28T10:00+07:00, 01, 48, , false, false, MAJOR_CITIES, 2026-08-28, 2026-09-07"})
    void computesJPlusN(OffsetDateTime pickup, String from, String to, Boolean district, boolean slip,
                        boolean sameDay, DeadlineRule rule, LocalDate j, LocalDate due) {
        Deadline deadline = calculator.compute(new DeadlineRequest(pickup, from, to, district, slip, sameDay));
        assertThat(deadline.rule()).isEqualTo(rule);
        assertThat(deadline.jDay()).isEqualTo(j);
        assertThat(deadline.dueDate()).isEqualTo(due);
        assertThat(deadline.calendarCovers()).isTrue();
    }

    @Test
    void countsThePickupDayInVietnamTime() {
        // 18:30 UTC on Friday is 01:30 on Saturday in Hà Nội: J is Monday
        Deadline d = calculator.compute(new DeadlineRequest(OffsetDateTime.parse("2026-03-06T18:30Z"),
                "01", "01", null, false, false));
        assertThat(d.jDay()).isEqualTo("2026-03-09");
        assertThat(d.dueDate()).isEqualTo("2026-03-11");
    }

    @Test
    void explainsTheRuleForDisplay() {
        Deadline d = calculator.compute(new DeadlineRequest(OffsetDateTime.parse("2026-03-08T10:00+07:00"),
                "01", "1", null, true, false));
        assertThat(d.workingDays()).isEqualTo(4);
        assertThat(d.doubled()).isTrue();
        assertThat(d.explanation()).isEqualTo("J+4: Nội tỉnh J+2 × 2 (kèm giấy hẹn); J = 09/03/2026 (nhận gửi 08/03/2026)");
    }

    @Test
    void aSameDistrictFlagAcrossProvincesIsIgnored() {
        assertThat(calculator.ruleFor(new DeadlineRequest(OffsetDateTime.now(), "01", "79", true, false, false)))
                .isEqualTo(DeadlineRule.MAJOR_CITIES);
        assertThat(calculator.ruleFor(new DeadlineRequest(OffsetDateTime.now(), "01", "04", true, false, false)))
                .isEqualTo(DeadlineRule.INTER_PROVINCE);
    }

    @Test
    void flagsDeadlinesOutsideTheCalendarAndRejectsMissingInput() {
        assertThat(calculator.compute(new DeadlineRequest(OffsetDateTime.parse("2027-12-30T10:00+07:00"),
                "01", "04", null, false, false)).calendarCovers()).isFalse();
        assertThatThrownBy(() -> calculator.compute(new DeadlineRequest(null, "01", "01", null, false, false)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calculator.compute(new DeadlineRequest(OffsetDateTime.now(), "01", " ", null,
                false, false))).hasMessageContaining("receiver");
    }
}
