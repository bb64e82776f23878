package vn.resultpost.gateway.canonical;

/** One reason a message was refused: the field (a JSON path such as {@code applicant.phone}) and why. */
public record Violation(String field, String message) {
}
