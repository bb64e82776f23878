package vn.resultpost.gateway.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import vn.resultpost.gateway.store.MessageLogRepository.StoredMessage;
import vn.resultpost.gateway.support.Sha256;

/**
 * The hashes of the message-log chain, SHA-256 in lower-case hex.
 *
 * <p>{@code body_hash = SHA-256(UTF-8 bytes of the stored body)}. {@code record_hash = SHA-256(UTF-8
 * bytes of the canonical encoding)}, where the encoding is {@code message-log/v1} followed, for each field
 * in this order, by {@code |} and either {@code ~} (null) or {@code <length>:<value>} with the length in
 * UTF-8 bytes:
 * sequence (decimal), prev_hash, recorded_at ({@code yyyy-MM-ddTHH:mm:ss.SSSSSSZ}, UTC, microseconds),
 * direction, party, agency_code, dossier_code, waybill, body_mode, body_hash. Length prefixes make it
 * unambiguous: no two different records encode alike, whatever characters their fields hold.
 */
public final class ChainHash {

    /** The prev_hash of the very first record. */
    public static final String GENESIS = "0".repeat(64);
    static final String VERSION = "message-log/v1";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private ChainHash() {
    }

    /** The canonical encoding of a record's fields. */
    public static String encode(long sequence, String prevHash, Instant recordedAt, String direction, String party,
                                String agencyCode, String dossierCode, String waybill, String bodyMode,
                                String bodyHash) {
        StringBuilder out = new StringBuilder(VERSION);
        for (String field : new String[] {Long.toString(sequence), prevHash, time(recordedAt), direction, party,
                agencyCode, dossierCode, waybill, bodyMode, bodyHash}) {
            out.append('|');
            if (field == null) {
                out.append('~');
            } else {
                out.append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field);
            }
        }
        return out.toString();
    }

    public static String recordHash(long sequence, String prevHash, Instant recordedAt, String direction,
                                    String party, String agencyCode, String dossierCode, String waybill,
                                    String bodyMode, String bodyHash) {
        return sha256(encode(sequence, prevHash, recordedAt, direction, party, agencyCode, dossierCode, waybill,
                bodyMode, bodyHash));
    }

    /** The record hash recomputed from a stored record's fields (its stored body_hash included). */
    public static String recordHash(StoredMessage m) {
        return recordHash(m.sequence(), m.prevHash(), m.recordedAt(), m.direction(), m.party(), m.agencyCode(),
                m.dossierCode(), m.waybill(), m.bodyMode(), m.bodyHash());
    }

    public static String bodyHash(String storedBody) {
        return sha256(storedBody == null ? "" : storedBody);
    }

    /** recorded_at as it enters the hash (and the export): UTC, always six fractional digits. */
    public static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant.truncatedTo(ChronoUnit.MICROS));
    }

    static String sha256(String text) {
        return Sha256.hex(text);
    }
}
