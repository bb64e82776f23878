package vn.resultpost.gateway;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A fresh database migrated by the gateway's Flyway scripts, without Spring Boot: an in-memory H2 in
 * PostgreSQL mode (as the embedded default), or a new schema on the PostgreSQL server at 127.0.0.1:5432
 * (dropped on close).
 */
public class MigratedDatabase implements AutoCloseable {

    /** Which database. */
    public enum Kind { H2, POSTGRES }

    public static final String PG_URL = System.getProperty("test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String PG_USER = System.getProperty("test.postgres.user", "postgres");

    public final Kind kind;
    public final DataSource dataSource;
    public final JdbcClient jdbc;
    public final PlatformTransactionManager transactions;
    private final String schema;

    public MigratedDatabase(Kind kind, String prefix) {
        this.kind = kind;
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (kind == Kind.H2) {
            schema = null;
            dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + name
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        } else {
            schema = name;
            dataSource = new DriverManagerDataSource(PG_URL + "?currentSchema=" + schema, PG_USER, "");
        }
        var flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        if (schema != null) {
            flyway.schemas(schema).createSchemas(true);
        }
        flyway.load().migrate();
        jdbc = JdbcClient.create(dataSource);
        transactions = new DataSourceTransactionManager(dataSource);
    }

    public TransactionTemplate tx() {
        return new TransactionTemplate(transactions);
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
