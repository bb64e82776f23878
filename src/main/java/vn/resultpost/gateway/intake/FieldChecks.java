package vn.resultpost.gateway.intake;

import java.util.List;
import java.util.regex.Pattern;
import vn.resultpost.gateway.canonical.Violation;

/** Pure: the field checks the validation rules share, each adding the field's violation to the list when it fails. */
final class FieldChecks {

    private FieldChecks() {
    }

    /** Whether the value is present (not null nor blank); adds "is required" when not. */
    static boolean required(List<Violation> v, String field, String value) {
        if (value == null || value.isBlank()) {
            v.add(new Violation(field, "is required"));
            return false;
        }
        return true;
    }

    /** Whether the (non-null) value matches the pattern; adds {@code message} when not. */
    static boolean matches(List<Violation> v, String field, String value, Pattern p, String message) {
        if (!p.matcher(value).matches()) {
            v.add(new Violation(field, message));
            return false;
        }
        return true;
    }

    /** Adds a violation when the value is longer than {@code max} characters (a null value passes). */
    static void maxLength(List<Violation> v, String field, String value, int max) {
        if (value != null && value.length() > max) {
            v.add(new Violation(field, "must be at most " + max + " characters"));
        }
    }
}
