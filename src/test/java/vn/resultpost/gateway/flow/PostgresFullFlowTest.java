package vn.resultpost.gateway.flow;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The full-flow tests again on the real PostgreSQL server at 127.0.0.1:5432 (profile {@code postgres}),
 * each run in a fresh schema migrated by the same Flyway scripts. Fails, never skips, when the server
 * is down: .ci/run starts it.
 */
@ActiveProfiles("postgres")
class PostgresFullFlowTest extends FullFlowTest {

    static final String URL = System.getProperty("test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = System.getProperty("test.postgres.user", "postgres");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) throws SQLException {
        String schema = "gw_test_" + Long.toString(System.nanoTime(), 36);
        dropOldTestSchemas();
        registry.add("spring.datasource.url", () -> URL + "?currentSchema=" + schema);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.flyway.schemas", () -> schema);
        registry.add("spring.flyway.create-schemas", () -> "true");
    }

    private static void dropOldTestSchemas() throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, USER, ""); Statement st = c.createStatement()) {
            List<String> old = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(
                    "select schema_name from information_schema.schemata where schema_name like 'gw_test_%'")) {
                while (rs.next()) {
                    old.add(rs.getString(1));
                }
            }
            for (String s : old) {
                st.execute("drop schema " + s + " cascade");
            }
        }
    }
}
