package vn.resultpost.gateway.intake;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.address.AdministrativeUnits;
import vn.resultpost.gateway.address.LegacyResolution;
import vn.resultpost.gateway.address.Province;
import vn.resultpost.gateway.address.Ward;
import vn.resultpost.gateway.canonical.Address;
import vn.resultpost.gateway.canonical.ResultSubmission;
import vn.resultpost.gateway.canonical.Violation;

/**
 * Content Enricher for addresses not given in 2025 codes: a pre-2025 ward code ({@code legacyWardCode}),
 * 2025 names ({@code provinceName} + {@code wardName}) or pre-2025 names (with {@code districtName}) get the
 * 2025 province and ward codes they convert to. An old ward split across several new ones is not guessed:
 * unless the street line names one of them, the result is held for review with the candidates listed (the
 * province is kept when all candidates share it). An unknown old ward or an unknown or ambiguous name is
 * refused, naming the field.
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
        if (a == null || a.wardCode() != null) {
            return new Conversion(r, List.of());
        }
        if (a.legacyWardCode() == null && a.districtName() == null) {
            return a.wardName() == null ? new Conversion(r, List.of()) : byNames(r, a);
        }
        LegacyResolution resolution = legacy(a);
        if (resolution instanceof LegacyResolution.Resolved resolved) {
            return new Conversion(withAddress(r, resolved.ward().provinceCode(), resolved.ward().code()), List.of());
        }
        if (resolution instanceof LegacyResolution.Split split) {
            List<String> provinces = split.candidates().stream().map(Ward::provinceCode).distinct().toList();
            return new Conversion(withAddress(r, provinces.size() == 1 ? provinces.get(0) : null, null),
                    split.candidates());
        }
        String field = a.legacyWardCode() != null ? "address.legacyWardCode" : "address.wardName";
        throw new InvalidResultException(List.of(new Violation(field, "is not a known pre-2025 "
                + (a.legacyWardCode() != null ? "ward code" : "province/district/ward") + " ("
                + ((LegacyResolution.Unknown) resolution).reason() + ")")));
    }

    /** The wards an old ward was split into (empty unless it was split and the street line did not decide). */
    public List<Ward> candidates(Address a) {
        return a == null || (a.legacyWardCode() == null && a.districtName() == null) ? List.of()
                : legacy(a) instanceof LegacyResolution.Split s ? s.candidates() : List.of();
    }

    private LegacyResolution legacy(Address a) {
        return a.legacyWardCode() != null ? units.fromLegacyWardCode(a.legacyWardCode(), a.streetLine())
                : units.fromLegacyNames(a.provinceName(), a.districtName(), a.wardName(), a.streetLine());
    }

    /** 2025 names: the province by its code or its name, then the ward by its name within that province. */
    private Conversion byNames(ResultSubmission r, Address a) {
        Optional<Province> province = a.provinceCode() != null ? units.province(a.provinceCode())
                : a.provinceName() == null ? Optional.empty() : units.provinceByName(a.provinceName());
        if (province.isEmpty()) {
            throw new InvalidResultException(List.of(new Violation(a.provinceCode() != null ? "address.provinceCode"
                    : "address.provinceName", "does not name one of the 34 provinces of 2025")));
        }
        Ward ward = units.wardByName(province.get().code(), a.wardName()).orElseThrow(() ->
                new InvalidResultException(List.of(new Violation("address.wardName", "no single 2025 ward or commune of "
                        + province.get().name() + " is named '" + a.wardName() + "' (unknown, or ambiguous without "
                        + "its diacritics): give address.wardCode"))));
        return new Conversion(withAddress(r, ward.provinceCode(), ward.code()), List.of());
    }

    /** {@code r} with its address in the given 2025 province and ward (what it was given kept). */
    public static ResultSubmission withAddress(ResultSubmission r, String provinceCode, String wardCode) {
        return new ResultSubmission(r.agencyCode(), r.dossierCode(), r.procedureCode(), r.applicant(),
                r.address().in(provinceCode, wardCode), r.documents(), r.codAmount(), r.serviceLevel(),
                r.appointmentDate(), r.weightGrams(), r.appointmentSlip(), r.sameDayProcedure(), r.papersToTakeBack());
    }

    /** Why a result is held: the split and its candidates, for the review queue and the caller. */
    public static String splitDetail(Address a, List<Ward> candidates) {
        String old = a.legacyWardCode() != null ? "address.legacyWardCode: old ward " + a.legacyWardCode()
                : "address: old ward '" + a.wardName() + "' (" + a.districtName() + ", " + a.provinceName() + ")";
        return old + " was split in 2025 into "
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
