package vn.resultpost.gateway.store;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Upkeep of the embedded H2 database, what H2's background writer would do if {@code WRITE_DELAY=0} (each commit
 * written to the file before it returns) did not turn it off: every {@code gateway.h2.sync-interval} it forces the
 * file to disk ({@code CHECKPOINT SYNC}), so a power loss takes at most one interval of acknowledged work and H2 may
 * overwrite a dead chunk after a short {@code RETENTION_TIME} (the URL's 5 s; a retention shorter than the interval
 * plus 4 s refuses to start, as a dead chunk could be overwritten before what replaced it was on disk); then it
 * compacts (H2's {@code MVStore.compact}: live pages of sparse chunks rewritten) so the file stays a few times its
 * live data. Timers {@code gateway.h2.sync} and {@code gateway.h2.compact}. Each interval it also looks whether H2
 * has closed the database after an internal failure, and tells {@link H2Failure}. Does nothing on PostgreSQL.
 * What it does to H2's store in this process (the compaction, the look for a closed database) is {@link H2Store}.
 */
@Component
public class H2Sync implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(H2Sync.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final H2SyncProperties props;
    private final Timer timer;
    private final H2Store store;
    private ScheduledExecutorService scheduler;

    public H2Sync(DataSource dataSource, H2SyncProperties props, H2Failure failure, MeterRegistry meters) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.props = props;
        this.timer = Timer.builder("gateway.h2.sync").description("CHECKPOINT SYNC of the embedded H2 database")
                .register(meters);
        this.store = new H2Store(dataSource, props, failure, meters);
    }

    @Override
    public synchronized void start() {
        if (!isH2()) {
            return;
        }
        // Listed twice when the URL sets it (the database's value and the URL's): the lower one counts.
        long retention = jdbc.sql("select min(cast(setting_value as bigint)) from information_schema.settings "
                + "where setting_name = 'RETENTION_TIME'").query(Long.class).single();
        if (retention < props.minimumRetentionMillis()) {
            throw new IllegalStateException("H2's RETENTION_TIME (" + retention + " ms, in spring.datasource.url) "
                    + "must be at least gateway.h2.sync-interval (" + props.syncInterval().toMillis() + " ms) plus "
                    + H2SyncProperties.SYNC_ALLOWANCE.toMillis() + " ms, or a power loss could corrupt the file");
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "h2-sync");
            t.setDaemon(true);
            return t;
        });
        long every = props.syncInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::sync, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * One {@code CHECKPOINT SYNC}, then one compaction step; a failure is logged and the next interval tries again,
     * unless H2 has closed the database.
     */
    void sync() {
        if (store.closed()) {
            return;
        }
        try {
            timer.record(() -> jdbc.sql("checkpoint sync").update());
        } catch (RuntimeException e) {
            if (store.closed()) {
                return;
            }
            log.error("CHECKPOINT SYNC of the H2 database failed: {}", e.getMessage(), e);
        }
        store.compact();
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdown();
            try {
                // A sync or compaction under way finishes before the database closes.
                scheduler.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    private boolean isH2() {
        try (Connection c = dataSource.getConnection()) {
            return "H2".equals(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database the gateway uses: " + e.getMessage(), e);
        }
    }
}
