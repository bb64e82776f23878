package vn.resultpost.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChainHashTest {

    private static final Instant AT = Instant.parse("2026-11-28T03:15:00.1234567Z");
    private static final String BODY_HASH = ChainHash.bodyHash("{}");

    @Test
    void encodingIsLengthPrefixedWithNullsMarkedAndTimeInMicroseconds() {
        String encoded = ChainHash.encode(7, ChainHash.GENESIS, AT, "IN", "operator:vnpost", null, "", "EB123456785VN",
                "MASKED", BODY_HASH);

        assertThat(encoded).isEqualTo("message-log/v1|1:7|64:" + ChainHash.GENESIS
                + "|27:2026-11-28T03:15:00.123456Z|2:IN|15:operator:vnpost|~|0:|13:EB123456785VN|6:MASKED|64:"
                + BODY_HASH);
    }

    @Test
    void lengthsCountUtf8Bytes() {
        assertThat(ChainHash.encode(1, "h", AT, "IN", "Đ", null, null, null, "PLAIN", "b"))
                .contains("|2:Đ|");
    }

    @Test
    void recordHashIsSha256HexOfTheEncoding() {
        String hash = ChainHash.recordHash(1, ChainHash.GENESIS, Instant.parse("2026-01-01T00:00:00Z"), "OUT",
                "dossier-system:000.00.12.H26", "000.00.12.H26", "D-1", null, "PLAIN", ChainHash.bodyHash(""));

        // Pinned so that the format cannot drift unnoticed (an external verifier recomputes it).
        assertThat(ChainHash.bodyHash("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(hash).isEqualTo(ChainHash.sha256("message-log/v1|1:1|64:" + ChainHash.GENESIS
                + "|27:2026-01-01T00:00:00.000000Z|3:OUT|28:dossier-system:000.00.12.H26|13:000.00.12.H26|3:D-1|~"
                + "|5:PLAIN|64:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        assertThat(hash).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void shiftingCharactersBetweenFieldsChangesTheHash() {
        String a = hash("a|b", "c", null);
        String b = hash("a", "b|c", null);
        String c = hash("a", "b", "|c");
        String d = hash("a|b|c", null, null);
        assertThat(a).isNotEqualTo(b).isNotEqualTo(c).isNotEqualTo(d);
        assertThat(b).isNotEqualTo(c).isNotEqualTo(d);
        assertThat(c).isNotEqualTo(d);
    }

    @Test
    void nullAndEmptyAreDifferent() {
        assertThat(hash("p", null, null)).isNotEqualTo(hash("p", "", null));
        assertThat(hash("p", "~", null)).isNotEqualTo(hash("p", null, null));
    }

    @Test
    void everyFieldCounts() {
        String base = ChainHash.recordHash(5, "p", AT, "IN", "x", "a", "d", "w", "MASKED", "b");
        assertThat(ChainHash.recordHash(6, "p", AT, "IN", "x", "a", "d", "w", "MASKED", "b")).isNotEqualTo(base);
        assertThat(ChainHash.recordHash(5, "q", AT, "IN", "x", "a", "d", "w", "MASKED", "b")).isNotEqualTo(base);
        assertThat(ChainHash.recordHash(5, "p", AT.plusNanos(1000), "IN", "x", "a", "d", "w", "MASKED", "b"))
                .isNotEqualTo(base);
        assertThat(ChainHash.recordHash(5, "p", AT, "OUT", "x", "a", "d", "w", "MASKED", "b")).isNotEqualTo(base);
        assertThat(ChainHash.recordHash(5, "p", AT, "IN", "x", "a", "d", "w", "PLAIN", "b")).isNotEqualTo(base);
        assertThat(ChainHash.recordHash(5, "p", AT, "IN", "x", "a", "d", "w", "MASKED", "c")).isNotEqualTo(base);
        assertThat(ChainHash.recordHash(5, "p", AT.plusNanos(1), "IN", "x", "a", "d", "w", "MASKED", "b"))
                .as("below a microsecond the time is not stored, so it does not count").isEqualTo(base);
    }

    private static String hash(String party, String agency, String dossier) {
        return ChainHash.recordHash(1, ChainHash.GENESIS, AT, "IN", party, agency, dossier, null, "PLAIN", "b");
    }
}
