package vn.resultpost.gateway.intake;

import java.util.List;
import vn.resultpost.gateway.canonical.Violation;

/** Thrown when a submitted result cannot be accepted; carries every violation found. */
public class InvalidResultException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidResultException(List<Violation> violations) {
        super(violations.size() + " invalid field(s): " + violations.stream()
                .map(v -> v.field() + " " + v.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
