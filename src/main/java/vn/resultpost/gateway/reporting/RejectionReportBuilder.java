package vn.resultpost.gateway.reporting;

import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.canonical.StatusReport;
import vn.resultpost.gateway.canonical.Violation;

/**
 * Builds the {@link StatusReport} that tells a dossier system its submission was refused: status REJECTED,
 * dossier-system status 9, no shipment, sequence 0 (not a step of a shipment's timeline), and a description
 * naming each bad field ("Refused at intake (JMS): applicant.phone: ...").
 */
public final class RejectionReportBuilder {

    /** Longest description sent (the rest is cut, marked with an ellipsis). */
    static final int MAX_DESCRIPTION = 2000;

    private RejectionReportBuilder() {
    }

    public static StatusReport build(RejectionNotice notice) {
        return new StatusReport(notice.agencyCode(), notice.dossierCode(), null, 0, ShipmentStatus.REJECTED,
                ShipmentStatus.REJECTED.dossierStatusCode(), null, null, null, description(notice), 0,
                notice.rejectedAt(), null);
    }

    static String description(RejectionNotice notice) {
        String why = notice.problem().errors().isEmpty() ? notice.problem().detail()
                : notice.problem().errors().stream().map(RejectionReportBuilder::field)
                        .reduce((a, b) -> a + "; " + b).orElse("");
        String text = "Refused at intake (" + notice.channel() + "): " + why;
        return text.length() <= MAX_DESCRIPTION ? text : text.substring(0, MAX_DESCRIPTION - 1) + "…";
    }

    private static String field(Violation v) {
        return v.field() + ": " + v.message();
    }
}
