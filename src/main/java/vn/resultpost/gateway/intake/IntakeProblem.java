package vn.resultpost.gateway.intake;

import java.util.List;
import java.util.Optional;
import vn.resultpost.gateway.canonical.Shipment;
import vn.resultpost.gateway.canonical.Violation;
import vn.resultpost.gateway.support.ForbiddenException;

/**
 * Why intake refused a submission, in the fields of the REST problem (RFC 9457): what a queued input channel
 * (JMS, polling, batch) answers, records with the refused message and reports back to the agency.
 *
 * @param type       {@code /problems/invalid-result}, {@code /problems/forbidden} or {@code /problems/result-conflict}
 * @param title      a short summary
 * @param status     the HTTP status REST would answer (400, 403, 409)
 * @param detail     what was wrong, naming each bad field
 * @param errors     one entry per bad field (empty when not about fields)
 * @param shipmentId for a conflict: the shipment the dossier already has
 * @param statusUrl  for a conflict: that shipment's status URL
 */
public record IntakeProblem(String type, String title, int status, String detail, List<Violation> errors,
                            String shipmentId, String statusUrl) {

    public static final String INVALID = "/problems/invalid-result";
    public static final String FORBIDDEN = "/problems/forbidden";
    public static final String CONFLICT = "/problems/result-conflict";

    public IntakeProblem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** The submission could not be read or validated; each bad field named. */
    public static IntakeProblem invalid(List<Violation> violations) {
        String fields = violations.stream().map(v -> v.field() + ": " + v.message())
                .reduce((a, b) -> a + "; " + b).orElse("");
        return new IntakeProblem(INVALID, "The result is not valid", 400,
                violations.size() + " field(s) are invalid: " + fields, violations, null, null);
    }

    /** The sender may not submit for that agency, or the agency does not use this channel. */
    public static IntakeProblem forbidden(String detail) {
        return new IntakeProblem(FORBIDDEN, "Forbidden", 403, detail, List.of(), null, null);
    }

    /** The dossier was already submitted with other content: a result is shipped once. */
    public static IntakeProblem conflict(Shipment existing, String statusUrl) {
        return new IntakeProblem(CONFLICT, "This result was already submitted with other content",
                409, "Dossier " + existing.key().dossierCode() + " of agency " + existing.key().agencyCode()
                        + " already has shipment " + existing.id() + " with other content; a result is shipped once",
                List.of(), existing.id(), statusUrl);
    }

    /** The problem an intake refusal stands for; empty for any other exception (a failure, not a refusal). */
    public static Optional<IntakeProblem> of(RuntimeException refusal) {
        if (refusal instanceof InvalidResultException invalid) {
            return Optional.of(invalid(invalid.violations()));
        }
        if (refusal instanceof ForbiddenException forbidden) {
            return Optional.of(forbidden(forbidden.getMessage()));
        }
        return Optional.empty();
    }

    /** The short name of the type ({@code invalid-result}, {@code forbidden}, {@code result-conflict}). */
    public String code() {
        return type.substring(type.lastIndexOf('/') + 1);
    }
}
