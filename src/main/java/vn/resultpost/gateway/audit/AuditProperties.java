package vn.resultpost.gateway.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the audit message log ({@code gateway.audit.*}); defaults in config/application.yml.
 *
 * @param bodyMode          how bodies are stored: MASKED (default), ENCRYPTED or PLAIN
 * @param encryptionKey     AES-256 key, base64 of 32 bytes (environment variable GATEWAY_AUDIT_KEY); used in
 *                          ENCRYPTED mode
 * @param retention         how long records are kept (default P1825D, 5 years: Circular 17/2017)
 * @param exportMaxRecords  the most records one export answers (narrow the range beyond)
 */
@ConfigurationProperties(prefix = "gateway.audit")
public record AuditProperties(BodyMode bodyMode, String encryptionKey, Duration retention, Integer exportMaxRecords) {

    public static final Duration DEFAULT_RETENTION = Duration.ofDays(1825);
    public static final int DEFAULT_EXPORT_MAX_RECORDS = 100_000;

    public AuditProperties {
        bodyMode = bodyMode == null ? BodyMode.MASKED : bodyMode;
        retention = retention == null ? DEFAULT_RETENTION : retention;
        exportMaxRecords = exportMaxRecords == null ? DEFAULT_EXPORT_MAX_RECORDS : exportMaxRecords;
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("gateway.audit.retention must be positive, e.g. P1825D");
        }
        if (exportMaxRecords < 1) {
            throw new IllegalArgumentException("gateway.audit.export-max-records must be at least 1");
        }
    }
}
