package vn.resultpost.gateway.canonical;

import java.time.LocalDate;
import java.util.List;

/**
 * A completed administrative result that a dossier system asks to return to the applicant by post.
 *
 * @param agencyCode      the agency (sender) that resolved the dossier
 * @param dossierCode     the dossier code (mã hồ sơ), unique within the agency
 * @param procedureCode   the administrative procedure code (mã TTHC)
 * @param applicant       who receives the result
 * @param address         where the result goes, in 2025 administrative units
 * @param documents       the documents in the envelope, originals marked
 * @param codAmount       procedure fees to collect on delivery, in VND (0 when none)
 * @param serviceLevel    postal service level
 * @param appointmentDate the appointment date printed on the receipt (ngày hẹn trả), if any
 * @param weightGrams     declared weight of the package, if known
 * @param appointmentSlip an appointment slip (giấy hẹn) travels with the result: the deadline doubles
 * @param sameDayProcedure the procedure's result is due the same day: delivered immediately
 * @param papersToTakeBack papers the postal worker takes back from the applicant for the agency (e.g. the
 *                         original receipt), printed on the dispatch slip
 */
public record ResultSubmission(
        String agencyCode,
        String dossierCode,
        String procedureCode,
        Applicant applicant,
        Address address,
        List<ResultDocument> documents,
        Long codAmount,
        ServiceLevel serviceLevel,
        LocalDate appointmentDate,
        Integer weightGrams,
        Boolean appointmentSlip,
        Boolean sameDayProcedure,
        List<String> papersToTakeBack) {

    /** A result without papers to take back. */
    public ResultSubmission(String agencyCode, String dossierCode, String procedureCode, Applicant applicant,
                            Address address, List<ResultDocument> documents, Long codAmount,
                            ServiceLevel serviceLevel, LocalDate appointmentDate, Integer weightGrams,
                            Boolean appointmentSlip, Boolean sameDayProcedure) {
        this(agencyCode, dossierCode, procedureCode, applicant, address, documents, codAmount, serviceLevel,
                appointmentDate, weightGrams, appointmentSlip, sameDayProcedure, null);
    }

    /** A result without deadline options (neither an appointment slip nor a same-day procedure). */
    public ResultSubmission(String agencyCode, String dossierCode, String procedureCode, Applicant applicant,
                            Address address, List<ResultDocument> documents, Long codAmount,
                            ServiceLevel serviceLevel, LocalDate appointmentDate, Integer weightGrams) {
        this(agencyCode, dossierCode, procedureCode, applicant, address, documents, codAmount, serviceLevel,
                appointmentDate, weightGrams, null, null, null);
    }

    /** The natural key of a result: one shipment per (agency, dossier). */
    public ResultKey key() {
        return new ResultKey(agencyCode, dossierCode);
    }
}
