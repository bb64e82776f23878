package vn.resultpost.gateway.canonical;

/**
 * A delivery address in the 2025 two-level units: province and ward codes plus a free street line.
 * A dossier system that still keeps pre-2025 codes may send {@code legacyWardCode} instead of the
 * ward (and province): intake converts it to the 2025 units.
 */
public record Address(String provinceCode, String wardCode, String streetLine, String legacyWardCode) {

    /** An address given in 2025 units. */
    public Address(String provinceCode, String wardCode, String streetLine) {
        this(provinceCode, wardCode, streetLine, null);
    }
}
