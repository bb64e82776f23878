package vn.resultpost.gateway.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks Vietnamese phone numbers and ID numbers in free text (JSON or anything else), keeping the last
 * 3 digits: {@code 0912345678}, {@code +84912345678}, {@code 84912345678} and {@code +84 912.345.678}
 * all become {@code *******678}; {@code 001190012345} becomes {@code *********345}.
 *
 * <p>Conservative on purpose, it masks only numbers standing on their own (not glued to letters, digits
 * or {@code _}, nor to a word through {@code .} or {@code -}), so waybills ({@code EB123456785VN}),
 * dates, times, dossier codes and UUIDs stay readable:
 * <ul>
 *   <li>phones: a mobile {@code 0[35789]} + 8 digits or a landline {@code 02} + 9 digits, or the same with
 *       {@code +84}/{@code 84} instead of the leading 0; single spaces, dots or dashes may separate the
 *       digits (after {@code 0} only the digits follow). The mask has the length of the national form
 *       (0…) whatever the written form.</li>
 *   <li>ID numbers: 12 digits starting with 0 (CCCD: 3-digit province code 001–096) or 9 digits (CMND),
 *       written without separators. A stand-alone 9-digit amount is masked as well.</li>
 * </ul>
 * Names, addresses, e-mail addresses and passport numbers are not masked.
 */
public final class PersonalDataMasker {

    /**
     * Not glued to a word or number before: no letter, digit, _ or +, nor such a character and . or -. Every match
     * starts with a digit or +, which is asked first: the look-behinds' Unicode classes then run only there, not at
     * every character of the text (they cost 2 % of the gateway's CPU under load, docs/benchmarks.md).
     */
    private static final String BEFORE = "(?=[0-9+])(?<![\\p{L}\\p{N}_+])(?<![\\p{L}\\p{N}][.\\-])";
    /** Not glued after: no letter, digit or _, nor . or - followed by a letter or digit. */
    private static final String AFTER = "(?![\\p{L}\\p{N}_])(?![.\\-][\\p{L}\\p{N}])";
    private static final String SEP = "[ .\\-]?";

    private static final Pattern PHONE = Pattern.compile(BEFORE
            + "(?<prefix>\\+84" + SEP + "|84" + SEP + "|0)"
            + "(?<number>[35789](?:" + SEP + "\\d){8}|2(?:" + SEP + "\\d){9})"
            + AFTER);
    private static final Pattern ID_NUMBER = Pattern.compile(BEFORE + "(?:0\\d{11}|\\d{9})" + AFTER);

    /** The text with every phone and ID number masked; null stays null. */
    public String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return maskIds(maskPhones(text));
    }

    private static String maskPhones(String text) {
        Matcher m = PHONE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String national = "0" + digits(m.group("number"));
            m.appendReplacement(out, Matcher.quoteReplacement(keepLast3(national)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String maskIds(String text) {
        Matcher m = ID_NUMBER.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(keepLast3(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String digits(String s) {
        StringBuilder d = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                d.append(s.charAt(i));
            }
        }
        return d.toString();
    }

    private static String keepLast3(String digits) {
        return "*".repeat(digits.length() - 3) + digits.substring(digits.length() - 3);
    }
}
