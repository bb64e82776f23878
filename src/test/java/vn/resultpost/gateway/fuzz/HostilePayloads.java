package vn.resultpost.gateway.fuzz;

import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Generates malformed and hostile JSON from a valid document, reproducibly from a seed: truncation,
 * wrong types, missing or duplicated fields, oversized and control-character strings, deep nesting,
 * injection strings, numbers out of range, random bytes, and combinations.
 */
final class HostilePayloads {

    static final List<String> NASTY = List.of("' OR '1'='1", "\"; DROP TABLE shipment; --", "<script>alert(1)</script>",
            "${jndi:ldap://127.0.0.1/x}", "{{7*7}}", "../../etc/passwd", "\u0000", "\u202e\u202d", "\uD83D\uDE00",
            "\\u0000", "%00", "null", "NaN", "-1", "1e309", "99999999999999999999999999", "\r\nX-Injected: 1",
            "Nguyễn Thị Lan", " ", "", "true", "[]", "{}", "0912345678");

    private final Random random;
    private final String valid;
    private final List<Function<String, String>> mutations;

    HostilePayloads(long seed, String valid) {
        this.random = new Random(seed);
        this.valid = valid;
        this.mutations = List.of(this::truncate, this::replaceValue, this::dropChar, this::insertGarbage,
                this::deepNest, this::hugeString, this::wrongTypes, this::duplicateKeys, s -> randomBytes(),
                this::controlChars, this::swapBrackets, s -> nasty());
    }

    String next() {
        String s = valid;
        int rounds = 1 + random.nextInt(3);
        for (int i = 0; i < rounds; i++) {
            s = mutations.get(random.nextInt(mutations.size())).apply(s);
        }
        return s;
    }

    private String truncate(String s) {
        return s.substring(0, random.nextInt(Math.max(1, s.length())));
    }

    private String replaceValue(String s) {
        int quote = s.indexOf(": \"", random.nextInt(Math.max(1, s.length())));
        if (quote < 0) {
            return s;
        }
        int end = s.indexOf('"', quote + 3);
        return end < 0 ? s : s.substring(0, quote + 3) + escape(pick(NASTY)) + s.substring(end);
    }

    private String dropChar(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int i = random.nextInt(s.length());
        return s.substring(0, i) + s.substring(i + 1);
    }

    private String insertGarbage(String s) {
        int i = random.nextInt(s.length() + 1);
        return s.substring(0, i) + pick(List.of("{", "}", "[", "]", ",", ":", "\"", "\\", "null", "1", "\u0007")) + s.substring(i);
    }

    private String deepNest(String s) {
        int depth = 10 + random.nextInt(500);
        return "[".repeat(depth) + s + "]".repeat(random.nextBoolean() ? depth : depth / 2);
    }

    private String hugeString(String s) {
        return s.replaceFirst("\"streetLine\": \"[^\"]*\"", "\"streetLine\": \"" + "A".repeat(100 + random.nextInt(30_000)) + "\"");
    }

    private String wrongTypes(String s) {
        return s.replaceFirst("\"codAmount\": [0-9]+", "\"codAmount\": " + pick(List.of("\"x\"", "-5", "1e400", "[]",
                "{}", "true", "null", "9223372036854775808")))
                .replaceFirst("\"documents\": \\[", "\"documents\": " + pick(List.of("\"x\", \"y\": [", "{\"a\":[", "[")));
    }

    private String duplicateKeys(String s) {
        return s.replaceFirst("\\{", java.util.regex.Matcher.quoteReplacement("{\"agencyCode\": \"" + escape(pick(NASTY)) + "\", "));
    }

    private String controlChars(String s) {
        StringBuilder b = new StringBuilder(s);
        for (int i = 0; i < 5; i++) {
            b.insert(random.nextInt(b.length() + 1), (char) random.nextInt(32));
        }
        return b.toString();
    }

    private String swapBrackets(String s) {
        return s.replace('{', '[').replace('}', ']');
    }

    private String randomBytes() {
        byte[] bytes = new byte[1 + random.nextInt(300)];
        random.nextBytes(bytes);
        return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private String nasty() {
        return "\"" + escape(pick(NASTY)) + "\"";
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
