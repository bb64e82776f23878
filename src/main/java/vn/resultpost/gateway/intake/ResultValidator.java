package vn.resultpost.gateway.intake;

import static vn.resultpost.gateway.intake.FieldChecks.matches;
import static vn.resultpost.gateway.intake.FieldChecks.maxLength;
import static vn.resultpost.gateway.intake.FieldChecks.required;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import vn.resultpost.gateway.address.AdministrativeUnits;
import vn.resultpost.gateway.canonical.Applicant;
import vn.resultpost.gateway.canonical.ResultDocument;
import vn.resultpost.gateway.canonical.ResultSubmission;
import vn.resultpost.gateway.canonical.Violation;

/** Validates a normalized submission and lists every bad field, not just the first. */
public class ResultValidator {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    static final Pattern MOBILE = Pattern.compile("0[35789][0-9]{8}");
    static final Pattern LANDLINE = Pattern.compile("02[0-9]{9}");
    static final Pattern ID_NUMBER = Pattern.compile("[0-9]{12}|[0-9]{9}|[A-Z][0-9]{7,8}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}");
    static final long MAX_COD = 100_000_000L;

    private final Predicate<String> knownAgency;
    private final AddressRules address;

    /**
     * @param knownAgency tells whether an agency code is registered with the gateway
     * @param units       the 2025 administrative units the address must use
     */
    public ResultValidator(Predicate<String> knownAgency, AdministrativeUnits units) {
        this.knownAgency = knownAgency;
        this.address = new AddressRules(units);
    }

    public List<Violation> validate(ResultSubmission r) {
        return validate(r, false);
    }

    /** As {@link #validate(ResultSubmission)}; with {@code wardPending} the address may lack its ward (held). */
    public List<Violation> validate(ResultSubmission r, boolean wardPending) {
        List<Violation> v = new ArrayList<>();
        if (required(v, "agencyCode", r.agencyCode()) && matches(v, "agencyCode", r.agencyCode(), CODE,
                "must be 1-64 letters, digits, dots, dashes or underscores") && !knownAgency.test(r.agencyCode())) {
            v.add(new Violation("agencyCode", "is not an agency registered with this gateway"));
        }
        if (required(v, "dossierCode", r.dossierCode())) {
            matches(v, "dossierCode", r.dossierCode(), CODE,
                    "must be 1-64 letters, digits, dots, dashes or underscores (e.g. 000.00.12.H26-250114-0007)");
        }
        maxLength(v, "procedureCode", r.procedureCode(), 64);
        applicant(v, r.applicant());
        address.check(v, r.address(), wardPending);
        documents(v, r.documents());
        if (r.codAmount() != null && (r.codAmount() < 0 || r.codAmount() > MAX_COD)) {
            v.add(new Violation("codAmount", "must be between 0 and " + MAX_COD + " VND"));
        }
        papers(v, r.papersToTakeBack());
        if (r.weightGrams() != null && (r.weightGrams() < 1 || r.weightGrams() > 30_000)) {
            v.add(new Violation("weightGrams", "must be between 1 and 30000 grams"));
        }
        return v;
    }

    private static void applicant(List<Violation> v, Applicant a) {
        if (a == null) {
            v.add(new Violation("applicant", "is required"));
            return;
        }
        if (required(v, "applicant.fullName", a.fullName())) {
            maxLength(v, "applicant.fullName", a.fullName(), 100);
        }
        if (required(v, "applicant.idNumber", a.idNumber())) {
            matches(v, "applicant.idNumber", a.idNumber(), ID_NUMBER,
                    "must be a 12-digit CCCD, a 9-digit CMND or a passport number");
        }
        if (required(v, "applicant.phone", a.phone())
                && !MOBILE.matcher(a.phone()).matches() && !LANDLINE.matcher(a.phone()).matches()) {
            v.add(new Violation("applicant.phone",
                    "must be a Vietnamese mobile (0 then 3/5/7/8/9 then 8 digits, or +84) or landline number"));
        }
        if (a.email() != null) {
            matches(v, "applicant.email", a.email(), EMAIL, "must be an e-mail address");
        }
    }

    private static void papers(List<Violation> v, List<String> papers) {
        if (papers == null) {
            return;
        }
        if (papers.size() > 20) {
            v.add(new Violation("papersToTakeBack", "at most 20 papers"));
        }
        for (int i = 0; i < papers.size(); i++) {
            maxLength(v, "papersToTakeBack[" + i + "]", papers.get(i), 200);
        }
    }

    private static void documents(List<Violation> v, List<ResultDocument> docs) {
        if (docs == null || docs.isEmpty()) {
            v.add(new Violation("documents", "must list at least one document"));
            return;
        }
        if (docs.size() > 50) {
            v.add(new Violation("documents", "must list at most 50 documents"));
        }
        for (int i = 0; i < docs.size(); i++) {
            ResultDocument d = docs.get(i);
            String at = "documents[" + i + "]";
            if (d == null) {
                v.add(new Violation(at, "must not be null"));
                continue;
            }
            if (required(v, at + ".title", d.title())) {
                maxLength(v, at + ".title", d.title(), 200);
            }
            if (d.copies() != null && (d.copies() < 1 || d.copies() > 100)) {
                v.add(new Violation(at + ".copies", "must be between 1 and 100"));
            }
        }
    }
}
