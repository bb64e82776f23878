package vn.resultpost.gateway.deadline;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Working days in Vietnam: not a weekend day and not a public holiday, except the Saturdays worked back
 * for a swapped weekday. Read from a YAML file (config/holidays/vn-2025-2027.yml); immutable.
 */
public final class HolidayCalendar {

    /** A listed day: a day off, or a weekend day that is worked. {@code basis}: statutory, compensatory, swapped, provisional. */
    public record Day(LocalDate date, String name, String basis) {
    }

    private record File(String country, List<Integer> years, List<DayOfWeek> weekend, List<Day> daysOff,
                        List<Day> workingWeekendDays) {
    }

    private static final YAMLMapper YAML = YAMLMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final Set<DayOfWeek> weekend;
    private final Set<Integer> years;
    private final Map<LocalDate, Day> daysOff = new TreeMap<>();
    private final Map<LocalDate, Day> workingWeekendDays = new TreeMap<>();

    /** A calendar from its parts; rejects a day listed twice and a worked day that is not a weekend day. */
    public HolidayCalendar(Set<DayOfWeek> weekend, Collection<Day> daysOff, Collection<Day> workingWeekendDays,
                           Set<Integer> years) {
        this.weekend = Set.copyOf(weekend);
        this.years = Set.copyOf(years);
        daysOff.forEach(d -> put(this.daysOff, d));
        workingWeekendDays.forEach(d -> {
            if (!weekend.contains(d.date().getDayOfWeek()) || this.daysOff.containsKey(d.date())) {
                throw new IllegalArgumentException("A worked day must be a weekend day that is not a holiday: " + d);
            }
            put(this.workingWeekendDays, d);
        });
    }

    /** Reads a calendar file (format in docs/domain-rules.md). */
    public static HolidayCalendar load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the holiday calendar " + file, e);
        }
    }

    /** Reads a calendar from YAML. */
    public static HolidayCalendar read(InputStream yaml) {
        try {
            File f = YAML.readValue(yaml, File.class);
            return new HolidayCalendar(Set.copyOf(f.weekend()), f.daysOff(),
                    f.workingWeekendDays() == null ? List.of() : f.workingWeekendDays(), Set.copyOf(f.years()));
        } catch (IOException e) {
            throw new UncheckedIOException("Invalid holiday calendar", e);
        } catch (NullPointerException e) {
            throw new IllegalArgumentException("A holiday calendar needs years, weekend and daysOff", e);
        }
    }

    /** Whether the day is a working day: a worked Saturday, or neither a weekend day nor a day off. */
    public boolean isWorkingDay(LocalDate day) {
        return workingWeekendDays.containsKey(day)
                || !weekend.contains(day.getDayOfWeek()) && !daysOff.containsKey(day);
    }

    /** The day itself when it is a working day, else the next working day. */
    public LocalDate workingDayOnOrAfter(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The n-th working day after {@code day} (n ≥ 0; n = 0 gives {@code day} itself). */
    public LocalDate plusWorkingDays(LocalDate day, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate d = day;
        for (int left = n; left > 0; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** The listed day off on that date, if any (weekends are not listed). */
    public Optional<Day> dayOff(LocalDate day) {
        return Optional.ofNullable(daysOff.get(day));
    }

    /** Every listed day off, in date order. */
    public List<Day> daysOff() {
        return List.copyOf(daysOff.values());
    }

    /** Every listed worked weekend day, in date order. */
    public List<Day> workingWeekendDays() {
        return List.copyOf(workingWeekendDays.values());
    }

    /** Whether the file lists the holidays of that date's year (outside, only weekends are known). */
    public boolean covers(LocalDate day) {
        return years.contains(day.getYear());
    }

    private static void put(Map<LocalDate, Day> days, Day day) {
        if (days.putIfAbsent(day.date(), day) != null) {
            throw new IllegalArgumentException("Day listed twice: " + day.date());
        }
    }
}
