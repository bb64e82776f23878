package vn.resultpost.gateway.canonical;

/**
 * A delivery address in the 2025 two-level units: province and ward codes plus a free street line.
 * A dossier system that still keeps pre-2025 codes may send {@code legacyWardCode} instead of the
 * ward (and province), and one that keeps names may send them instead of codes: {@code provinceName}
 * and {@code wardName} (2025 units), or with {@code districtName} too (the pre-2025 three levels).
 * Intake converts each to the 2025 codes (names compared without diacritics and case when needed).
 */
public record Address(String provinceCode, String wardCode, String streetLine, String legacyWardCode,
                      String provinceName, String districtName, String wardName) {

    /** An address given in 2025 units. */
    public Address(String provinceCode, String wardCode, String streetLine) {
        this(provinceCode, wardCode, streetLine, null);
    }

    /** An address given in 2025 units or by its pre-2025 ward code. */
    public Address(String provinceCode, String wardCode, String streetLine, String legacyWardCode) {
        this(provinceCode, wardCode, streetLine, legacyWardCode, null, null, null);
    }

    /** This address placed in the given 2025 province and ward, everything it was given kept. */
    public Address in(String province, String ward) {
        return new Address(province, ward, streetLine, legacyWardCode, provinceName, districtName, wardName);
    }
}
