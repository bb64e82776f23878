package vn.resultpost.gateway.dispatch;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import vn.resultpost.gateway.canonical.Address;
import vn.resultpost.gateway.canonical.ResultDocument;
import vn.resultpost.gateway.canonical.ResultSubmission;
import vn.resultpost.gateway.canonical.SenderAgency;

/**
 * What a dispatch slip (phiếu gửi) shows: agency as sender, applicant as receiver (unmasked: the slip is for
 * the postal worker), the waybill, the dossier, every document with originals marked, the papers the worker
 * takes back, the amount to collect on delivery and the date.
 *
 * @param sender           the agency
 * @param receiver         the applicant
 * @param waybill          the operator's waybill number (printed as text and as a Code 128 barcode)
 * @param dossierCode      mã hồ sơ
 * @param procedureCode    mã thủ tục hành chính
 * @param documents        the documents in the envelope
 * @param papersToTakeBack papers the worker collects from the recipient for the agency; may be empty
 * @param codAmount        fees to collect on delivery, in VND (0 when none)
 * @param date             the date the agency hands the package over
 */
public record DispatchSlip(Party sender, Party receiver, String waybill, String dossierCode, String procedureCode,
                           List<ResultDocument> documents, List<String> papersToTakeBack, long codAmount,
                           LocalDate date) {

    /** A sender or receiver as printed: name, one address line, phone. */
    public record Party(String name, String address, String phone) {
    }

    public DispatchSlip {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(date, "date");
        documents = documents == null ? List.of() : List.copyOf(documents);
        papersToTakeBack = papersToTakeBack == null ? List.of() : List.copyOf(papersToTakeBack);
    }

    /**
     * A slip from the canonical records.
     *
     * @param describeAddress turns a canonical address into a printable line, e.g.
     *                        {@code administrativeUnits::describe}
     */
    public static DispatchSlip of(SenderAgency agency, ResultSubmission result, String waybill,
                                  List<String> papersToTakeBack, LocalDate date,
                                  Function<Address, String> describeAddress) {
        Party sender = new Party(agency.name(), describe(agency.address(), describeAddress), agency.phone());
        Party receiver = new Party(result.applicant().fullName(), describe(result.address(), describeAddress),
                result.applicant().phone());
        return new DispatchSlip(sender, receiver, waybill, result.dossierCode(), result.procedureCode(),
                result.documents(), papersToTakeBack, result.codAmount() == null ? 0 : result.codAmount(), date);
    }

    private static String describe(Address address, Function<Address, String> describeAddress) {
        return address == null ? "" : describeAddress.apply(address);
    }
}
