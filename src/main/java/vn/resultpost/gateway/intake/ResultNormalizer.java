package vn.resultpost.gateway.intake;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.canonical.Address;
import vn.resultpost.gateway.canonical.Applicant;
import vn.resultpost.gateway.canonical.ResultDocument;
import vn.resultpost.gateway.canonical.ResultSubmission;
import vn.resultpost.gateway.canonical.ServiceLevel;

/** Normalizer: trims text, puts phones in 10-digit 0… form and fills the documented defaults. */
@Component
public class ResultNormalizer {

    public ResultSubmission normalize(ResultSubmission r) {
        Applicant a = r.applicant();
        Address addr = r.address();
        List<ResultDocument> docs = r.documents() == null ? null : r.documents().stream()
                .map(d -> d == null ? null : new ResultDocument(trim(d.title()),
                        d.copies() == null ? 1 : d.copies(), d.original()))
                .toList();
        return new ResultSubmission(
                trim(r.agencyCode()),
                trim(r.dossierCode()),
                trim(r.procedureCode()),
                a == null ? null : new Applicant(collapse(a.fullName()), upper(a.idNumber()), phone(a.phone()),
                        trim(a.email())),
                addr == null ? null : new Address(trim(addr.provinceCode()), trim(addr.wardCode()),
                        collapse(addr.streetLine()), trim(addr.legacyWardCode()), collapse(addr.provinceName()),
                        collapse(addr.districtName()), collapse(addr.wardName())),
                docs,
                r.codAmount() == null ? 0L : r.codAmount(),
                r.serviceLevel() == null ? ServiceLevel.STANDARD : r.serviceLevel(),
                r.appointmentDate(),
                r.weightGrams(),
                Boolean.TRUE.equals(r.appointmentSlip()),
                Boolean.TRUE.equals(r.sameDayProcedure()),
                r.papersToTakeBack() == null ? List.of() : r.papersToTakeBack().stream()
                        .map(ResultNormalizer::collapse).filter(p -> p != null && !p.isEmpty()).toList());
    }

    /** Strips spaces, dots, dashes and brackets; turns +84 / 84 into the leading 0. */
    static String phone(String raw) {
        if (raw == null) {
            return null;
        }
        String digits = raw.replaceAll("[\\s.\\-()]", "");
        if (digits.isEmpty()) {
            return null;
        }
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() == 11) {
            digits = "0" + digits.substring(2);
        }
        return digits;
    }

    private static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    private static String collapse(String s) {
        String t = trim(s);
        return t == null ? null : t.replaceAll("\\s+", " ");
    }

    private static String upper(String s) {
        String t = trim(s);
        return t == null ? null : t.toUpperCase(Locale.ROOT);
    }
}
