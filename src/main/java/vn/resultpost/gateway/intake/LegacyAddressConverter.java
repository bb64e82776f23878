package vn.resultpost.gateway.intake;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.address.AdministrativeUnits;
import vn.resultpost.gateway.address.LegacyResolution;
import vn.resultpost.gateway.address.Ward;
import vn.resultpost.gateway.canonical.Address;
import vn.resultpost.gateway.canonical.ResultSubmission;
import vn.resultpost.gateway.canonical.Violation;

/**
 * Content Enricher for pre-2025 addresses: a submission that gives {@code address.legacyWardCode}
 * instead of a ward gets the 2025 ward and province it converts to. An old ward split across several
 * new ones is not guessed: unless the street line names one of them, the result is held for review
 * with the candidates listed (the province is kept when all candidates share it); an unknown old ward
 * is refused.
 */
@Component
public class LegacyAddressConverter {

    private final AdministrativeUnits units;

    public LegacyAddressConverter(AdministrativeUnits units) {
        this.units = units;
    }

    /** The submission with its address in 2025 units, or with the candidates a person must choose among. */
    public Conversion convert(ResultSubmission r) {
        Address a = r.address();
        if (a == null || a.legacyWardCode() == null || a.wardCode() != null) {
            return new Conversion(r, List.of());
        }
        LegacyResolution resolution = units.fromLegacyWardCode(a.legacyWardCode(), a.streetLine());
        if (resolution instanceof LegacyResolution.Resolved resolved) {
            return new Conversion(withAddress(r, resolved.ward().provinceCode(), resolved.ward().code()), List.of());
        }
        if (resolution instanceof LegacyResolution.Split split) {
            List<String> provinces = split.candidates().stream().map(Ward::provinceCode).distinct().toList();
            return new Conversion(withAddress(r, provinces.size() == 1 ? provinces.get(0) : null, null),
                    split.candidates());
        }
        throw new InvalidResultException(List.of(new Violation("address.legacyWardCode",
                "is not a known pre-2025 ward code (" + ((LegacyResolution.Unknown) resolution).reason() + ")")));
    }

    /** The wards an old ward was split into (empty unless it was split and the street line did not decide). */
    public List<Ward> candidates(Address a) {
        return a == null || a.legacyWardCode() == null ? List.of()
                : units.fromLegacyWardCode(a.legacyWardCode(), a.streetLine()) instanceof LegacyResolution.Split s
                        ? s.candidates() : List.of();
    }

    /** {@code r} with its address in the given 2025 province and ward (the old ward code kept). */
    public static ResultSubmission withAddress(ResultSubmission r, String provinceCode, String wardCode) {
        Address a = r.address();
        return new ResultSubmission(r.agencyCode(), r.dossierCode(), r.procedureCode(), r.applicant(),
                new Address(provinceCode, wardCode, a.streetLine(), a.legacyWardCode()), r.documents(), r.codAmount(),
                r.serviceLevel(), r.appointmentDate(), r.weightGrams(), r.appointmentSlip(), r.sameDayProcedure());
    }

    /** Why a result is held: the split and its candidates, for the review queue and the caller. */
    public static String splitDetail(String legacyWardCode, List<Ward> candidates) {
        return "address.legacyWardCode: old ward " + legacyWardCode + " was split in 2025 into "
                + candidates.stream().map(w -> w.code() + " " + w.name()).collect(Collectors.joining(", "))
                + "; the street line names none of them, so a person must choose the ward";
    }

    /**
     * A converted submission.
     *
     * @param result     the submission, its address in 2025 units unless a ward is still to be chosen
     * @param candidates the wards to choose among; empty when the address is complete
     */
    public record Conversion(ResultSubmission result, List<Ward> candidates) {

        public Conversion {
            candidates = List.copyOf(candidates);
        }

        public boolean wardPending() {
            return !candidates.isEmpty();
        }
    }
}
