package vn.resultpost.gateway.audit;

/**
 * What a logged message is about, as far as it is known when it is recorded; every part may be null.
 *
 * @param agencyCode  the agency (sender of the result)
 * @param dossierCode the dossier code (mã hồ sơ)
 * @param waybill     the operator's waybill
 */
public record Correlation(String agencyCode, String dossierCode, String waybill) {

    /** Nothing known (e.g. an unreadable body). */
    public static final Correlation NONE = new Correlation(null, null, null);

    public static Correlation of(String agencyCode, String dossierCode) {
        return new Correlation(agencyCode, dossierCode, null);
    }

    public static Correlation ofWaybill(String waybill) {
        return new Correlation(null, null, waybill);
    }

    public Correlation withWaybill(String waybill) {
        return new Correlation(agencyCode, dossierCode, waybill);
    }
}
