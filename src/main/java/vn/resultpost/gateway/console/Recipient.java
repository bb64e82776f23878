package vn.resultpost.gateway.console;

import vn.resultpost.gateway.support.PersonalDataMasker;

/**
 * Who receives the result and where, as the console shows it; {@link #masked()} for a VIEWER: the name keeps
 * its initials, the phone its last 3 digits, the street line is hidden (ward and province stay: they are not
 * personal on their own).
 */
public record Recipient(String name, String phone, String street, String wardCode, String provinceCode) {

    private static final PersonalDataMasker MASKER = new PersonalDataMasker();

    public Recipient masked() {
        return new Recipient(initials(name), phone == null ? null : MASKER.mask(phone),
                street == null ? null : "***", wardCode, provinceCode);
    }

    static String initials(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            out.append(out.isEmpty() ? "" : " ").append(word.charAt(0)).append("***");
        }
        return out.toString();
    }
}
