package vn.resultpost.gateway.canonical;

/** The citizen or business receiving the result (personal data: never logged unmasked). */
public record Applicant(String fullName, String idNumber, String phone, String email) {
}
