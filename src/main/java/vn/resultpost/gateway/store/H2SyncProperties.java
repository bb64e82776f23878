package vn.resultpost.gateway.store;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Upkeep of the embedded H2 database ({@code gateway.h2.*}, see {@link H2Sync}): forced to disk every
 * {@code syncInterval} (default 1 s: the most of acknowledged work a power loss can take, and what bounds H2's
 * {@code RETENTION_TIME} from below); then, while its file's chunks are less than {@code compactBelowFillRate} %
 * live (default 80; 0 turns it off), up to {@code compactWrite} (default 4 MB) of their live pages rewritten so
 * that sparse chunks can be freed; {@code exitWhenClosed} (default true): stop the gateway when H2 has closed the
 * database after an internal failure ({@link H2Failure}). Ignored with PostgreSQL.
 */
@ConfigurationProperties(prefix = "gateway.h2")
public record H2SyncProperties(Duration syncInterval, Integer compactBelowFillRate, DataSize compactWrite,
                               Boolean exitWhenClosed) {

    /** The shortest retention H2 may have beyond the interval: time for a slow sync to finish. */
    static final Duration SYNC_ALLOWANCE = Duration.ofSeconds(4);

    public H2SyncProperties {
        syncInterval = syncInterval == null ? Duration.ofSeconds(1) : syncInterval;
        compactBelowFillRate = compactBelowFillRate == null ? 80 : compactBelowFillRate;
        compactWrite = compactWrite == null ? DataSize.ofMegabytes(4) : compactWrite;
        exitWhenClosed = exitWhenClosed == null || exitWhenClosed;
        if (syncInterval.toMillis() < 10 || syncInterval.compareTo(Duration.ofSeconds(30)) > 0) {
            throw new IllegalArgumentException("gateway.h2.sync-interval must be between 10ms and 30s, was "
                    + syncInterval);
        }
        if (compactBelowFillRate < 0 || compactBelowFillRate > 100) {
            throw new IllegalArgumentException("gateway.h2.compact-below-fill-rate must be between 0 and 100, was "
                    + compactBelowFillRate);
        }
        if (compactWrite.toBytes() < 0 || compactWrite.toBytes() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("gateway.h2.compact-write must be between 0 and 2GB, was " + compactWrite);
        }
    }

    /** The shortest {@code RETENTION_TIME} (ms) that is safe with this interval. */
    long minimumRetentionMillis() {
        return syncInterval.plus(SYNC_ALLOWANCE).toMillis();
    }
}
