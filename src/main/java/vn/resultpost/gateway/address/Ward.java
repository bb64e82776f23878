package vn.resultpost.gateway.address;

/**
 * A 2025 commune-level unit (phường, xã or đặc khu) and the province it belongs to.
 *
 * @param code         the official five-digit code, e.g. {@code 00004}
 * @param name         the full name with its prefix word, e.g. {@code Phường Ba Đình}
 * @param provinceCode the two-digit code of its province
 */
public record Ward(String code, String name, String provinceCode) {
}
