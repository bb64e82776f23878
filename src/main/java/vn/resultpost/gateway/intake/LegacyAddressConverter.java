package vn.resultpost.gateway.intake;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.address.AdministrativeUnits;
import vn.resultpost.gateway.address.LegacyResolution;
import vn.resultpost.gateway.canonical.Address;
import vn.resultpost.gateway.canonical.ResultSubmission;
import vn.resultpost.gateway.canonical.Violation;

/**
 * Content Enricher for pre-2025 addresses: a submission that gives {@code address.legacyWardCode}
 * instead of a ward gets the 2025 ward and province it converts to. An old ward split across several
 * new ones is not guessed: unless the street line names one of them, the submission is refused with
 * the candidates listed, so the agency can name the ward.
 */
@Component
public class LegacyAddressConverter {

    private final AdministrativeUnits units;

    public LegacyAddressConverter(AdministrativeUnits units) {
        this.units = units;
    }

    public ResultSubmission convert(ResultSubmission r) {
        Address a = r.address();
        if (a == null || a.legacyWardCode() == null || a.wardCode() != null) {
            return r;
        }
        LegacyResolution resolution = units.fromLegacyWardCode(a.legacyWardCode(), a.streetLine());
        if (resolution instanceof LegacyResolution.Resolved resolved) {
            Address converted = new Address(resolved.ward().provinceCode(), resolved.ward().code(), a.streetLine(),
                    a.legacyWardCode());
            return new ResultSubmission(r.agencyCode(), r.dossierCode(), r.procedureCode(), r.applicant(), converted,
                    r.documents(), r.codAmount(), r.serviceLevel(), r.appointmentDate(), r.weightGrams(),
                    r.appointmentSlip(), r.sameDayProcedure());
        }
        String why = resolution instanceof LegacyResolution.Split split
                ? "old ward " + a.legacyWardCode() + " was split in 2025 into " + split.candidates().stream()
                        .map(w -> w.code() + " " + w.name()).collect(Collectors.joining(", "))
                        + ": give address.wardCode (or name the ward in the street line)"
                : "is not a known pre-2025 ward code (" + ((LegacyResolution.Unknown) resolution).reason() + ")";
        throw new InvalidResultException(List.of(new Violation("address.legacyWardCode", why)));
    }
}
