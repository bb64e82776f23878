package vn.resultpost.gateway.deadline;

import java.time.LocalDate;

/**
 * A computed delivery deadline.
 *
 * @param jDay           J: the working day the result left the agency (the pickup day, or the next working day)
 * @param dueDate        J + n working days: the result must be delivered by the end of this day
 * @param workingDays    n, after doubling
 * @param rule           the rule applied
 * @param doubled        whether n was doubled for an appointment slip
 * @param explanation    the rule in words, for display, e.g. "J+4: Nội tỉnh J+2 × 2 (giấy hẹn); J = 02/03/2026"
 * @param calendarCovers false when J or the due date lies in a year the holiday file does not list
 *                       (then only weekends were skipped)
 */
public record Deadline(LocalDate jDay, LocalDate dueDate, int workingDays, DeadlineRule rule, boolean doubled,
                       String explanation, boolean calendarCovers) {
}
