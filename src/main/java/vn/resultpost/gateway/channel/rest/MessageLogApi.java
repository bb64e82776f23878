package vn.resultpost.gateway.channel.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.audit.AuditProperties;
import vn.resultpost.gateway.audit.ChainHash;
import vn.resultpost.gateway.audit.MessageLogVerifier;
import vn.resultpost.gateway.audit.MessageLogVerifier.Export;
import vn.resultpost.gateway.audit.Verification;
import vn.resultpost.gateway.store.MessageLogRepository.StoredMessage;
import vn.resultpost.gateway.support.InvalidMessageException;

/** Admin REST adapter for the audit message log: verify the hash chain, export a time range with its hashes. */
@Component("messageLogApi")
public class MessageLogApi {

    private final MessageLogVerifier verifier;
    private final AuditProperties props;

    public MessageLogApi(MessageLogVerifier verifier, AuditProperties props) {
        this.verifier = verifier;
        this.props = props;
    }

    /** GET /api/v1/admin/message-log/verify[?from=&amp;to=]. */
    public ApiReply verify(@Header("from") String from, @Header("to") String to) {
        Instant start = instant("from", from);
        Instant end = instant("to", to);
        checkOrder(start, end);
        Verification v = verifier.verify(start, end);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("valid", v.valid());
        body.put("checked", v.checked());
        body.put("firstBrokenSequence", v.firstBrokenSequence());
        body.put("reason", v.reason());
        body.put("detail", v.detail());
        body.put("from", start);
        body.put("to", end);
        return ApiReply.json(200, body);
    }

    /** GET /api/v1/admin/message-log/export[?from=&amp;to=]. */
    public ApiReply export(@Header("from") String from, @Header("to") String to) {
        Instant start = instant("from", from);
        Instant end = instant("to", to);
        checkOrder(start, end);
        long count = verifier.count(start, end);
        if (count > props.exportMaxRecords()) {
            throw new InvalidMessageException(count + " records in this range, more than one export gives ("
                    + props.exportMaxRecords() + ", gateway.audit.export-max-records): narrow 'from' and 'to'");
        }
        Export export = verifier.export(start, end);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", start);
        body.put("to", end);
        body.put("hashAlgorithm", "SHA-256");
        body.put("encoding", "message-log/v1");
        body.put("anchorSequence", export.anchorSequence());
        body.put("anchorHash", export.anchorHash());
        body.put("headSequence", export.headSequence());
        body.put("count", export.records().size());
        body.put("records", export.records().stream().map(MessageLogApi::view).toList());
        return ApiReply.json(200, body);
    }

    private static Map<String, Object> view(StoredMessage m) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("sequence", m.sequence());
        r.put("recordedAt", ChainHash.time(m.recordedAt()));
        r.put("direction", m.direction());
        r.put("party", m.party());
        r.put("agencyCode", m.agencyCode());
        r.put("dossierCode", m.dossierCode());
        r.put("waybill", m.waybill());
        r.put("bodyMode", m.bodyMode());
        r.put("body", m.body());
        r.put("bodyHash", m.bodyHash());
        r.put("prevHash", m.prevHash());
        r.put("recordHash", m.recordHash());
        return r;
    }

    /** An ISO-8601 instant ({@code 2026-11-28T00:00:00Z}, or with an offset); absent or blank is null. */
    static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().replace(' ', '+'); // a '+' of an offset that arrived unencoded in the query
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException notInstant) {
            try {
                return OffsetDateTime.parse(v).toInstant();
            } catch (DateTimeParseException e) {
                throw new InvalidMessageException("'" + name + "' must be an ISO-8601 instant such as "
                        + "2026-11-28T00:00:00Z, not '" + value + "'");
            }
        }
    }

    private static void checkOrder(Instant from, Instant to) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidMessageException("'from' must be before 'to' (the range is [from, to))");
        }
    }
}
