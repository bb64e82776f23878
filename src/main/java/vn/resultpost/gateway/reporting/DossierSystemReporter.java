package vn.resultpost.gateway.reporting;

import vn.resultpost.gateway.canonical.StatusReport;

/** The port through which status reports reach an agency's dossier system. */
public interface DossierSystemReporter {

    /**
     * Delivers one report; returns normally only once the dossier system has accepted it.
     *
     * @throws vn.resultpost.gateway.support.RetryLaterException when the dossier system is unreachable
     */
    void send(String agencyCode, StatusReport report);
}
