package vn.resultpost.gateway.canonical;

/** Whether a status change has reached the dossier system yet. */
public enum ReportState {
    PENDING,
    REPORTED
}
