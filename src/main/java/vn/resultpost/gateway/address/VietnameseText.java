package vn.resultpost.gateway.address;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds Vietnamese names for comparison: no diacritics (đ → d), lower case, words only, unit prefixes dropped. */
public final class VietnameseText {

    /** Prefix words of communes/wards, with their usual abbreviations (P., X., TT.). */
    public static final List<String> WARD_PREFIXES = List.of("phuong", "xa", "thi tran", "dac khu", "p", "x", "tt");
    /** Prefix words of provinces and centrally-run cities (TP. for thành phố). */
    public static final List<String> PROVINCE_PREFIXES = List.of("tinh", "thanh pho", "tp");
    /** Prefix words of pre-2025 districts, with their usual abbreviations (Q., H., TX., TP.). */
    public static final List<String> DISTRICT_PREFIXES = List.of("quan", "huyen", "thi xa", "thanh pho", "tp", "q", "h",
            "tx");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private VietnameseText() {
    }

    /** "Phường  Ba Đình" → "phuong ba dinh": no combining marks, đ/Đ → d, lower case, single spaces. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replace('đ', 'd').replace('Đ', 'D');
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return NOT_WORD.matcher(plain).replaceAll(" ").trim();
    }

    /** "Xã  Tân Thạnh," → "xã tân thạnh": diacritics kept (NFC), lower case, words only, single spaces. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return NOT_LETTER_OR_DIGIT.matcher(nfc).replaceAll(" ").trim();
    }

    /**
     * The keys a name is matched by, strictest first: with diacritics, with diacritics and no prefix word,
     * folded, folded and no prefix word. Names that differ only in diacritics (Xã Tân Thành, Xã Tân Thạnh)
     * are told apart when the caller writes them.
     */
    public static List<String> keys(String name, List<String> prefixes) {
        String folded = fold(name);
        String bareFolded = stripPrefix(folded, prefixes);
        String exact = normalize(name);
        int prefixWords = folded.equals(bareFolded) ? 0 : folded.split(" ").length - bareFolded.split(" ").length;
        String[] words = exact.split(" ");
        String bareExact = prefixWords > 0 && prefixWords < words.length
                ? String.join(" ", Arrays.copyOfRange(words, prefixWords, words.length)) : exact;
        return List.of(exact, bareExact, folded, bareFolded);
    }

    /** The folded text without one leading prefix word from {@code prefixes} (already folded). */
    public static String stripPrefix(String folded, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (folded.startsWith(prefix + " ") && folded.length() > prefix.length() + 1) {
                return folded.substring(prefix.length() + 1);
            }
        }
        return folded;
    }

    /** Whether {@code phrase} occurs in {@code text} as whole words (both folded). */
    public static boolean containsPhrase(String foldedText, String foldedPhrase) {
        return !foldedPhrase.isEmpty() && (" " + foldedText + " ").contains(" " + foldedPhrase + " ");
    }
}
