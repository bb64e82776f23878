package vn.resultpost.gateway.canonical;

/** The natural key of a result to return: the agency code and its dossier code. */
public record ResultKey(String agencyCode, String dossierCode) {
}
