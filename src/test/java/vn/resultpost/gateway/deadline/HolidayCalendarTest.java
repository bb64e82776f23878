package vn.resultpost.gateway.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HolidayCalendarTest {

    static final HolidayCalendar SHIPPED = HolidayCalendar.load(Path.of("config/holidays/vn-2025-2027.yml"));

    @Test
    void theShippedFileHasTetAndHungKingsOnTheirLunarDates() {
        assertThat(name("2025-01-29")).contains("Ất Tỵ (mùng 1)");
        assertThat(name("2026-02-17")).contains("Bính Ngọ (mùng 1)");
        assertThat(name("2025-04-07")).contains("Giỗ Tổ Hùng Vương");
        assertThat(name("2027-04-16")).contains("Giỗ Tổ Hùng Vương");
        assertThat(name("2026-04-27")).contains("Nghỉ bù Giỗ Tổ").contains("26/04");
        assertThat(SHIPPED.isWorkingDay(LocalDate.parse("2027-02-06"))).as("Tết Đinh Mùi is a Saturday").isFalse();
        assertThat(SHIPPED.daysOff()).filteredOn(d -> d.name().contains("Đinh Mùi")).hasSize(5);
    }

    @ParameterizedTest
    @ValueSource(ints = {2025, 2026, 2027})
    void everyYearHasTheStatutoryHolidaysOnWorkingDaysOrCompensated(int year) {
        List<HolidayCalendar.Day> days = SHIPPED.daysOff().stream().filter(d -> d.date().getYear() == year).toList();
        assertThat(days).extracting(d -> MonthDay.from(d.date()))
                .contains(MonthDay.of(1, 1), MonthDay.of(4, 30), MonthDay.of(9, 2));
        assertThat(days).filteredOn(d -> d.name().startsWith("Tết Nguyên Đán")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(days).filteredOn(d -> d.name().contains("Quốc khánh")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(days).filteredOn(d -> d.name().contains("Hùng Vương")).hasSize(1);
        assertThat(days).allSatisfy(d -> assertThat(d.date().getDayOfWeek())
                .as("listed days off are weekdays: %s", d).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        assertThat(days).extracting(HolidayCalendar.Day::basis)
                .allMatch(b -> Set.of("statutory", "compensatory", "swapped", "provisional").contains(b));
    }

    @Test
    void weekendsHolidaysAndWorkedSaturdays() {
        assertThat(SHIPPED.isWorkingDay(LocalDate.parse("2026-03-06"))).as("Friday").isTrue();
        assertThat(SHIPPED.isWorkingDay(LocalDate.parse("2026-03-07"))).as("Saturday").isFalse();
        assertThat(SHIPPED.isWorkingDay(LocalDate.parse("2026-03-08"))).as("Sunday").isFalse();
        assertThat(SHIPPED.isWorkingDay(LocalDate.parse("2026-09-02"))).as("Quốc khánh").isFalse();
        assertThat(SHIPPED.isWorkingDay(LocalDate.parse("2026-01-10"))).as("make-up Saturday").isTrue();
        assertThat(SHIPPED.workingDayOnOrAfter(LocalDate.parse("2026-02-14"))).isEqualTo("2026-02-23");
        assertThat(SHIPPED.plusWorkingDays(LocalDate.parse("2026-03-06"), 0)).isEqualTo("2026-03-06");
        assertThat(SHIPPED.plusWorkingDays(LocalDate.parse("2026-03-06"), 1)).isEqualTo("2026-03-09");
    }

    @Test
    void knowsWhichYearsItCovers() {
        assertThat(SHIPPED.covers(LocalDate.parse("2027-12-31"))).isTrue();
        assertThat(SHIPPED.covers(LocalDate.parse("2028-01-03"))).isFalse();
        assertThat(SHIPPED.isWorkingDay(LocalDate.parse("2028-01-03"))).as("only weekends are known").isTrue();
    }

    @Test
    void readsAMinimalFileAndRejectsContradictions() {
        HolidayCalendar small = HolidayCalendar.read(yaml("""
                years: [2030]
                weekend: [SUNDAY]
                daysOff: [{ date: 2030-01-01, name: New year, basis: statutory }]
                """));
        assertThat(small.isWorkingDay(LocalDate.parse("2030-01-05"))).as("a Saturday, weekend is Sunday only").isTrue();
        assertThat(small.isWorkingDay(LocalDate.parse("2030-01-01"))).isFalse();
        assertThatThrownBy(() -> HolidayCalendar.read(yaml("""
                years: [2030]
                weekend: [SATURDAY, SUNDAY]
                daysOff: [{ date: 2030-01-01, name: a }, { date: 2030-01-01, name: b }]
                """))).hasMessageContaining("listed twice");
        assertThatThrownBy(() -> HolidayCalendar.read(yaml("""
                years: [2030]
                weekend: [SATURDAY, SUNDAY]
                daysOff: []
                workingWeekendDays: [{ date: 2030-01-02, name: a Wednesday }]
                """))).hasMessageContaining("weekend day");
        assertThatThrownBy(() -> HolidayCalendar.read(yaml("daysOff: []"))).isInstanceOf(IllegalArgumentException.class);
    }

    private static String name(String date) {
        return SHIPPED.dayOff(LocalDate.parse(date)).map(HolidayCalendar.Day::name).orElse("(working day)");
    }

    private static ByteArrayInputStream yaml(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
