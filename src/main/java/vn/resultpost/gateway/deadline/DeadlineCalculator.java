package vn.resultpost.gateway.deadline;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Set;

/** Computes J+n delivery deadlines (Circular 17/2017/TT-BTTTT Art. 7) over a {@link HolidayCalendar}. */
public class DeadlineCalculator {

    /** The time zone pickups are counted in. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** 2025 codes of the major cities: Hà Nội, TP Hồ Chí Minh, Hải Phòng, Đà Nẵng, Cần Thơ, Huế. */
    public static final Set<String> MAJOR_CITIES = Set.of("01", "79", "31", "48", "92", "46");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final HolidayCalendar calendar;

    public DeadlineCalculator(HolidayCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar);
    }

    /** The deadline for a request; throws IllegalArgumentException when the pickup time or a province is missing. */
    public Deadline compute(DeadlineRequest request) {
        if (request.pickedUpAt() == null) {
            throw new IllegalArgumentException("The pickup time is required");
        }
        DeadlineRule rule = ruleFor(request);
        LocalDate pickupDay = request.pickedUpAt().atZoneSameInstant(VIETNAM).toLocalDate();
        LocalDate j = calendar.workingDayOnOrAfter(pickupDay);
        boolean doubled = request.appointmentSlip() && rule != DeadlineRule.SAME_DAY;
        int n = rule.workingDays() * (doubled ? 2 : 1);
        LocalDate due = calendar.plusWorkingDays(j, n);
        String explanation = "J+" + n + ": " + rule.vietnamese()
                + (doubled ? " J+" + rule.workingDays() + " × 2 (kèm giấy hẹn)" : "")
                + "; J = " + DAY.format(j) + (j.equals(pickupDay) ? "" : " (nhận gửi " + DAY.format(pickupDay) + ")");
        return new Deadline(j, due, n, rule, doubled, explanation, calendar.covers(j) && calendar.covers(due));
    }

    /** Which rule applies: same-day first, then district, province, major cities, other routes. */
    public DeadlineRule ruleFor(DeadlineRequest request) {
        if (request.sameDayProcedure()) {
            return DeadlineRule.SAME_DAY;
        }
        String from = province(request.senderProvinceCode(), "sender");
        String to = province(request.receiverProvinceCode(), "receiver");
        if (from.equals(to)) {
            return Boolean.TRUE.equals(request.sameFormerDistrict()) ? DeadlineRule.SAME_DISTRICT : DeadlineRule.SAME_PROVINCE;
        }
        return MAJOR_CITIES.contains(from) && MAJOR_CITIES.contains(to)
                ? DeadlineRule.MAJOR_CITIES : DeadlineRule.INTER_PROVINCE;
    }

    private static String province(String code, String role) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("The " + role + " province code is required");
        }
        String trimmed = code.trim();
        return trimmed.length() == 1 ? "0" + trimmed : trimmed;
    }
}
