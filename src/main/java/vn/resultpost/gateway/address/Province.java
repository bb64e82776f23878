package vn.resultpost.gateway.address;

/**
 * A 2025 province or centrally-run city (34 since 1 July 2025).
 *
 * @param code      the official two-digit code, e.g. {@code 01} for Hà Nội
 * @param name      the full name, e.g. {@code Thành phố Hà Nội}
 * @param shortCode the package's three-letter code, e.g. {@code HNI}
 * @param placeType {@code Tỉnh} or {@code Thành phố Trung Ương}
 */
public record Province(String code, String name, String shortCode, String placeType) {
}
