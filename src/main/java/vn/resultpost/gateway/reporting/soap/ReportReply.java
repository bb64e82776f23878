package vn.resultpost.gateway.reporting.soap;

/**
 * What the dossier system answered to one report: RECEIVED (new), DUPLICATE (that sequence number it
 * already had: also accepted), or REFUSED (a fault or an answer that is no acknowledgement: send again later).
 */
public record ReportReply(Outcome outcome, String message) {

    /** The kinds of answer. */
    public enum Outcome { RECEIVED, DUPLICATE, REFUSED }

    /** Whether the report is in the dossier system's hands (received now or before). */
    public boolean accepted() {
        return outcome != Outcome.REFUSED;
    }

    static ReportReply refused(String message) {
        return new ReportReply(Outcome.REFUSED, message);
    }
}
