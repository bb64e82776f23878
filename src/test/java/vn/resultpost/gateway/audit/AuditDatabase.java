package vn.resultpost.gateway.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import vn.resultpost.gateway.MutableClock;
import vn.resultpost.gateway.store.MessageLogRepository;

/**
 * A fresh database migrated by the gateway's Flyway scripts, without Spring Boot: an in-memory H2 in
 * PostgreSQL mode (as the embedded default), or a new schema on the PostgreSQL server at 127.0.0.1:5432
 * (dropped on close). The message-log classes are assembled on it with a clock the test moves.
 */
final class AuditDatabase implements AutoCloseable {

    enum Kind { H2, POSTGRES }

    static final String PG_URL = System.getProperty("test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String PG_USER = System.getProperty("test.postgres.user", "postgres");

    final Kind kind;
    final DataSource dataSource;
    final JdbcClient jdbc;
    final PlatformTransactionManager transactions;
    final MessageLogRepository repository;
    final MutableClock clock = new MutableClock(Instant.parse("2020-01-01T00:00:00Z"));
    private final String schema;

    AuditDatabase(Kind kind) {
        this.kind = kind;
        String name = "audit_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (kind == Kind.H2) {
            schema = null;
            dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + name
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        } else {
            schema = name;
            dataSource = new DriverManagerDataSource(PG_URL + "?currentSchema=" + schema,
                    PG_USER, "");
        }
        var flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        if (schema != null) {
            flyway.schemas(schema).createSchemas(true);
        }
        flyway.load().migrate();
        jdbc = JdbcClient.create(dataSource);
        transactions = new DataSourceTransactionManager(dataSource);
        repository = new MessageLogRepository(jdbc);
    }

    JdbcMessageLog messageLog(AuditProperties props) {
        return new JdbcMessageLog(repository, transactions, new BodyProtection(props), clock);
    }

    MessageLogVerifier verifier() {
        return new MessageLogVerifier(repository, transactions);
    }

    MessageLogRetention retention(JdbcMessageLog log, Duration retention, int batchSize) {
        return new MessageLogRetention(repository, log, transactions, retention, clock, batchSize);
    }

    @Override
    public void close() throws SQLException {
        if (kind == Kind.H2) {
            jdbc.sql("shutdown").update();
        } else {
            try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, ""); Statement st = c.createStatement()) {
                st.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }
}
