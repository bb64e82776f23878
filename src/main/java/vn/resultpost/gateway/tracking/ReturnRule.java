package vn.resultpost.gateway.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import vn.resultpost.gateway.deadline.HolidayCalendar;

/**
 * Circular 17/2017/TT-BTTTT Art. 5: a result goes back to the agency only after at least two delivery
 * attempts, the second at least {@code minWorkingDaysApart} working days after the first. Pure: given the
 * failed attempts' times, says what an operator's return broke, if anything.
 */
public final class ReturnRule {

    static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final int MIN_ATTEMPTS = 2;

    private final HolidayCalendar calendar;
    private final int minWorkingDaysApart;

    public ReturnRule(HolidayCalendar calendar, int minWorkingDaysApart) {
        this.calendar = calendar;
        this.minWorkingDaysApart = minWorkingDaysApart;
    }

    /** What is wrong with returning after these failed attempts (oldest first); empty when the rule is kept. */
    public Optional<String> breach(List<Instant> failedAttempts) {
        if (failedAttempts.size() < MIN_ATTEMPTS) {
            return Optional.of("returned to the agency after " + failedAttempts.size() + " failed delivery attempt"
                    + (failedAttempts.size() == 1 ? "" : "s") + "; Circular 17/2017 Art. 5 requires at least "
                    + MIN_ATTEMPTS);
        }
        LocalDate first = date(failedAttempts.get(0));
        LocalDate earliestSecond = calendar.plusWorkingDays(first, minWorkingDaysApart);
        boolean spaced = failedAttempts.stream().skip(1).map(ReturnRule::date)
                .anyMatch(d -> !d.isBefore(earliestSecond));
        if (!spaced) {
            return Optional.of("the failed delivery attempts (first on " + first + ", last on "
                    + date(failedAttempts.get(failedAttempts.size() - 1)) + ") are not " + minWorkingDaysApart
                    + " working days apart before the return (Circular 17/2017 Art. 5: earliest second attempt "
                    + earliestSecond + ")");
        }
        return Optional.empty();
    }

    private static LocalDate date(Instant t) {
        return t.atOffset(VIETNAM).toLocalDate();
    }
}
