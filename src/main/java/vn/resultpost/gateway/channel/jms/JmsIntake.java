package vn.resultpost.gateway.channel.jms;

import vn.resultpost.gateway.audit.Correlation;
import vn.resultpost.gateway.intake.IntakeProblem;

/**
 * What intake made of one JMS message, carried between the steps of the route.
 *
 * @param outcome     CREATED, EXISTING or REJECTED
 * @param agencyCode  the agency the body names, or null
 * @param dossierCode the dossier the body names, or null
 * @param problem     why it was refused (REJECTED only)
 * @param reply       the JSON answer for a requester
 */
public record JmsIntake(String outcome, String agencyCode, String dossierCode, IntakeProblem problem, String reply) {

    /** The dossier system as the audit log names it. */
    String party() {
        return agencyCode == null ? "dossier-system" : "dossier-system:" + agencyCode;
    }

    Correlation correlation() {
        return agencyCode == null && dossierCode == null ? Correlation.NONE : Correlation.of(agencyCode, dossierCode);
    }
}
