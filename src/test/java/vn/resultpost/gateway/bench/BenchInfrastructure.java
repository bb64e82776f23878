package vn.resultpost.gateway.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.resultpost.gateway.MigratedDatabase;
import vn.resultpost.gateway.broker.StandaloneArtemis;

/**
 * The production topology for a benchmark run ({@code --postgres}, {@code --external-broker}): a fresh schema on
 * the PostgreSQL server at 127.0.0.1:5432 (profile {@code postgres}) and a standalone Artemis broker in a JVM of
 * its own configured by config/artemis/broker.xml (profile {@code external-broker}). Without them: nothing, the
 * gateway's embedded H2 and Artemis.
 */
final class BenchInfrastructure implements AutoCloseable {

    private final String schema;
    private final Process broker;
    private final int brokerPort;

    private BenchInfrastructure(String schema, Process broker, int brokerPort) {
        this.schema = schema;
        this.broker = broker;
        this.brokerPort = brokerPort;
    }

    /** Starts what the flags among {@code args} ask for. */
    static BenchInfrastructure start(String[] args, Path work, String stamp) throws IOException, SQLException {
        List<String> flags = Arrays.asList(args);
        String schema = null;
        if (flags.contains("--postgres")) {
            schema = "bench_" + stamp.replace("-", "_").toLowerCase(Locale.ROOT);
            try (Connection c = DriverManager.getConnection(MigratedDatabase.PG_URL, MigratedDatabase.PG_USER, "");
                 Statement st = c.createStatement()) {
                st.execute("create schema " + schema);
            }
        }
        Process broker = null;
        int port = 0;
        if (flags.contains("--external-broker")) {
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            broker = StandaloneArtemis.start(port, work.resolve("artemis-data"));
        }
        return new BenchInfrastructure(schema, broker, port);
    }

    /** The profiles and environment of the gateway. */
    Map<String, String> gatewayEnv() {
        Map<String, String> env = new HashMap<>();
        StringBuilder profiles = new StringBuilder();
        if (schema != null) {
            profiles.append("postgres");
            env.put("DATABASE_URL", MigratedDatabase.PG_URL + "?currentSchema=" + schema);
            env.put("DATABASE_USERNAME", MigratedDatabase.PG_USER);
        }
        if (broker != null) {
            profiles.append(profiles.isEmpty() ? "" : ",").append("external-broker");
            env.put("ARTEMIS_URL", "tcp://127.0.0.1:" + brokerPort);
        }
        if (!profiles.isEmpty()) {
            env.put("SPRING_PROFILES_ACTIVE", profiles.toString());
        }
        return env;
    }

    /** The broker's process id, or -1 with the embedded broker (its CPU is then the gateway's). */
    long brokerPid() {
        return broker == null ? -1 : broker.pid();
    }

    String describe() {
        return (schema != null ? "PostgreSQL (127.0.0.1:5432, schema " + schema + ")" : "embedded H2")
                + (broker != null ? ", standalone Artemis (own JVM, port " + brokerPort + ")" : ", embedded Artemis");
    }

    @Override
    public void close() {
        if (broker != null) {
            broker.destroyForcibly();
        }
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(MigratedDatabase.PG_URL, MigratedDatabase.PG_USER, "");
                 Statement st = c.createStatement()) {
                st.execute("drop schema " + schema + " cascade");
            } catch (SQLException e) {
                Benchmark.log("could not drop schema " + schema + ": " + e.getMessage());
            }
        }
    }
}
