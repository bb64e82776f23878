package vn.resultpost.gateway.store;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.api.ErrorCode;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.db.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** H2's store (MVStore) in this process, through the pool: whether H2 has closed it, one compaction step. */
final class H2Store {

    /** Logs as the H2 upkeep, the name its log lines have always had. */
    private static final Logger log = LoggerFactory.getLogger(H2Sync.class);

    private final DataSource dataSource;
    private final H2SyncProperties props;
    private final H2Failure failure;
    private final Timer compactions;
    private volatile boolean remote;

    H2Store(DataSource dataSource, H2SyncProperties props, H2Failure failure, MeterRegistry meters) {
        this.dataSource = dataSource;
        this.props = props;
        this.failure = failure;
        this.compactions = Timer.builder("gateway.h2.compact").description("Compaction step of the embedded H2 database")
                .register(meters);
    }

    /**
     * One compaction step ({@code MVStore.compact}), unless turned off or the database is remote; a failure is
     * logged and the next interval tries again, unless H2 has closed the database.
     */
    void compact() {
        if (props.compactBelowFillRate() == 0 || props.compactWrite().toBytes() == 0 || remote) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            SessionLocal session = localSession(c);
            if (session == null) {
                remote = true; // an H2 server (jdbc:h2:tcp:...): its file is in another process
                log.warn("The H2 database is remote: the gateway syncs it but does not compact it");
                return;
            }
            MVStore store = session.getDatabase().getStore().getMvStore();
            compactions.record(() -> store.compact(props.compactBelowFillRate(), (int) props.compactWrite().toBytes()));
        } catch (SQLException | RuntimeException e) {
            if (!closed()) {
                log.error("Compaction of the H2 database failed: {}", e.getMessage(), e);
            }
        }
    }

    /**
     * Whether H2 has closed the database after an internal failure (its store's panic, or "database closed" on a
     * connection of the pool); if so, {@link H2Failure} is told.
     */
    boolean closed() {
        try (Connection c = dataSource.getConnection()) {
            SessionLocal session = localSession(c);
            Store store = session == null ? null : session.getDatabase().getStore();
            MVStoreException panic = store == null ? null : store.getMvStore().getPanicException();
            if (panic != null) {
                failure.closed(panic);
                return true;
            }
            return false;
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_IS_CLOSED) {
                failure.closed(e);
                return true;
            }
            return false;
        }
    }

    /** The connection's session in this process, or null for an H2 server (jdbc:h2:tcp:...). */
    private static SessionLocal localSession(Connection c) throws SQLException {
        return c.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session ? session : null;
    }
}
