package vn.resultpost.gateway.canonical;

/** A delivery address in the 2025 two-level units: province and ward codes plus a free street line. */
public record Address(String provinceCode, String wardCode, String streetLine) {
}
