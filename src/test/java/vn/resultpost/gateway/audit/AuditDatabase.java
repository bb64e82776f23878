package vn.resultpost.gateway.audit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import vn.resultpost.gateway.MigratedDatabase;
import vn.resultpost.gateway.MutableClock;
import vn.resultpost.gateway.store.GroupCommit;
import vn.resultpost.gateway.store.MessageLogRepository;

/**
 * A fresh migrated database (H2 or a PostgreSQL schema, see {@link MigratedDatabase}) with the
 * message-log classes assembled on it and a clock the test moves.
 */
final class AuditDatabase extends MigratedDatabase {

    final MessageLogRepository repository;
    final MutableClock clock = new MutableClock(Instant.parse("2020-01-01T00:00:00Z"));

    AuditDatabase(Kind kind) {
        super(kind, "audit_test");
        repository = new MessageLogRepository(jdbc);
    }

    JdbcMessageLog messageLog(AuditProperties props) {
        return new JdbcMessageLog(repository, new GroupCommit(transactions, new SimpleMeterRegistry()), new BodyProtection(props), clock);
    }

    MessageLogVerifier verifier() {
        return new MessageLogVerifier(repository, transactions);
    }

    MessageLogRetention retention(JdbcMessageLog log, Duration retention, int batchSize) {
        return new MessageLogRetention(repository, log, transactions, retention, clock, batchSize);
    }
}
