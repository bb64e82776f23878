package vn.resultpost.gateway.chaos;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.resultpost.gateway.MigratedDatabase;
import vn.resultpost.gateway.broker.StandaloneArtemis;

/**
 * What the gateway instances of a run share besides the simulators: by default nothing (one gateway with its
 * embedded broker and H2 file); with {@code --postgres} a fresh schema on the PostgreSQL server at
 * 127.0.0.1:5432 (profile {@code postgres}), with {@code --external-broker} a real standalone Artemis broker in a
 * JVM of its own configured by config/artemis/broker.xml (profile {@code external-broker}).
 */
final class SharedInfrastructure implements AutoCloseable {

    private final String schema;
    private final Process broker;
    private final int brokerPort;

    private SharedInfrastructure(String schema, Process broker, int brokerPort) {
        this.schema = schema;
        this.broker = broker;
        this.brokerPort = brokerPort;
    }

    static SharedInfrastructure start(ChaosOptions o, Path work, String tag) throws IOException, SQLException {
        String schema = null;
        if (o.postgres()) {
            schema = "chaos_" + tag.toLowerCase(Locale.ROOT);
            try (Connection c = admin(); Statement st = c.createStatement()) {
                st.execute("create schema " + schema);
            }
        }
        Process broker = null;
        int port = 0;
        if (o.externalBroker()) {
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            broker = StandaloneArtemis.start(port, work.resolve("artemis-data"));
        }
        return new SharedInfrastructure(schema, broker, port);
    }

    /** The profiles and environment every gateway instance starts with. */
    Map<String, String> gatewayEnv() {
        Map<String, String> env = new HashMap<>();
        List<String> profiles = new ArrayList<>();
        if (schema != null) {
            profiles.add("postgres");
            env.put("DATABASE_URL", MigratedDatabase.PG_URL + "?currentSchema=" + schema);
            env.put("DATABASE_USERNAME", MigratedDatabase.PG_USER);
            env.put("DATABASE_POOL_SIZE", "10");
        }
        if (broker != null) {
            profiles.add("external-broker");
            env.put("ARTEMIS_URL", "tcp://127.0.0.1:" + brokerPort);
        }
        if (!profiles.isEmpty()) {
            env.put("SPRING_PROFILES_ACTIVE", String.join(",", profiles));
        }
        return env;
    }

    /** Where the instances kept their state: the shared schema, else the single gateway's H2 file. */
    GatewayDatabase database(Path singleDataDir) {
        return schema != null
                ? GatewayDatabase.postgres(MigratedDatabase.PG_URL + "?currentSchema=" + schema, MigratedDatabase.PG_USER)
                : GatewayDatabase.h2(singleDataDir);
    }

    String describe() {
        return (schema != null ? "PostgreSQL schema " + schema : "H2 file per gateway")
                + (broker != null ? ", standalone Artemis on port " + brokerPort : ", embedded Artemis");
    }

    @Override
    public void close() {
        if (broker != null) {
            broker.destroyForcibly();
        }
        if (schema != null) {
            try (Connection c = admin(); Statement st = c.createStatement()) {
                st.execute("drop schema if exists " + schema + " cascade");
            } catch (SQLException e) {
                System.err.println("[chaos] could not drop schema " + schema + ": " + e.getMessage());
            }
        }
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection(MigratedDatabase.PG_URL, MigratedDatabase.PG_USER, "");
    }
}
