package vn.resultpost.gateway.deadline;

/** The J+n delivery rules of Circular 17/2017/TT-BTTTT Art. 7, with their working days before doubling. */
public enum DeadlineRule {
    SAME_DAY(0, "Thủ tục trả trong ngày", "same-day procedure"),
    SAME_DISTRICT(1, "Nội huyện (huyện cũ)", "same former district"),
    SAME_PROVINCE(2, "Nội tỉnh", "same province"),
    MAJOR_CITIES(3, "Giữa các thành phố lớn", "between major cities"),
    INTER_PROVINCE(4, "Liên tỉnh", "inter-province");

    private final int workingDays;
    private final String vietnamese;
    private final String english;

    DeadlineRule(int workingDays, String vietnamese, String english) {
        this.workingDays = workingDays;
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /** n in J+n, before doubling for an appointment slip. */
    public int workingDays() {
        return workingDays;
    }

    /** The rule's name for display to agency staff. */
    public String vietnamese() {
        return vietnamese;
    }

    /** The rule's name in English, for logs. */
    public String english() {
        return english;
    }
}
