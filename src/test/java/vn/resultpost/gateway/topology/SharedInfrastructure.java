package vn.resultpost.gateway.topology;

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
 * The production topology that the gateway processes of a chaos or benchmark run share: by default nothing (the
 * gateway's embedded broker and H2 file); with {@code postgres} a fresh schema on the PostgreSQL server at
 * 127.0.0.1:5432 (profile {@code postgres}), with {@code externalBroker} a real standalone Artemis broker in a JVM of
 * its own configured by config/artemis/broker.xml (profile {@code external-broker}), and with {@code haPair} instead
 * an HA pair of two such JVMs on one shared store (config/artemis/ha/*.xml) whose primary can be killed.
 */
public final class SharedInfrastructure implements AutoCloseable {

    private final String schema;
    private final Process broker;
    private final int brokerPort;
    private final Process backup;
    private final int backupPort;

    private SharedInfrastructure(String schema, Process broker, int brokerPort, Process backup, int backupPort) {
        this.schema = schema;
        this.broker = broker;
        this.brokerPort = brokerPort;
        this.backup = backup;
        this.backupPort = backupPort;
    }

    /** Starts what the flags ask for; {@code schemaName} names the fresh schema (lower-cased). */
    public static SharedInfrastructure start(boolean postgres, boolean externalBroker, boolean haPair, Path work,
                                             String schemaName) throws IOException, SQLException {
        String schema = null;
        if (postgres) {
            schema = schemaName.toLowerCase(Locale.ROOT);
            try (Connection c = admin(); Statement st = c.createStatement()) {
                st.execute("create schema " + schema);
            }
        }
        Process broker = null;
        Process backup = null;
        int port = 0;
        int backupPort = 0;
        if (externalBroker && !haPair) {
            port = freePort();
            broker = StandaloneArtemis.start(port, work.resolve("artemis-data"));
        } else if (externalBroker) {
            port = freePort();
            backupPort = freePort();
            String[] pair = {"artemis.primary.port=" + port, "artemis.backup.port=" + backupPort};
            Path shared = work.resolve("artemis-shared-store");
            broker = StandaloneArtemis.start("ha/primary.xml", port, shared, pair);
            backup = StandaloneArtemis.start("ha/backup.xml", backupPort, shared, pair);
        }
        return new SharedInfrastructure(schema, broker, port, backup, backupPort);
    }

    /** Whether an HA pair runs, and its primary was not killed yet. */
    public boolean primaryAlive() {
        return backup != null && broker.isAlive();
    }

    /** SIGKILLs the HA pair's primary broker (its backup takes the shared store's lock and activates). */
    public String killPrimary() throws InterruptedException {
        long pid = broker.pid();
        broker.destroyForcibly();
        broker.waitFor();
        return "Artemis primary pid " + pid + " killed (exit code " + broker.exitValue() + "): backup on port "
                + backupPort + " takes over";
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** The profiles and environment every gateway instance starts with. */
    public Map<String, String> gatewayEnv() {
        Map<String, String> env = new HashMap<>();
        List<String> profiles = new ArrayList<>();
        if (schema != null) {
            profiles.add("postgres");
            env.put("DATABASE_URL", schemaUrl());
            env.put("DATABASE_USERNAME", MigratedDatabase.PG_USER);
        }
        if (broker != null) {
            profiles.add("external-broker");
            env.put("ARTEMIS_URL", backup == null ? "tcp://127.0.0.1:" + brokerPort
                    : "(tcp://127.0.0.1:" + brokerPort + ",tcp://127.0.0.1:" + backupPort + ")?ha=true"
                    + "&reconnectAttempts=-1&retryInterval=200&retryIntervalMultiplier=1.5&maxRetryInterval=2000");
        }
        if (!profiles.isEmpty()) {
            env.put("SPRING_PROFILES_ACTIVE", String.join(",", profiles));
        }
        return env;
    }

    /** The JDBC URL of the shared schema, or null with the gateway's embedded H2. */
    public String schemaUrl() {
        return schema == null ? null : MigratedDatabase.PG_URL + "?currentSchema=" + schema;
    }

    /**
     * Transactions committed so far in the PostgreSQL database of the shared schema, a statement outside a transaction
     * (a read too) counting as one ({@code pg_stat_database.xact_commit}, which
     * every session of that database adds to; a busy backend reports at most once a second, an idle one within 10 s),
     * or -1 with H2.
     */
    public long databaseTransactions() {
        if (schema == null) {
            return -1;
        }
        try (Connection c = admin(); Statement st = c.createStatement();
             var rs = st.executeQuery("select xact_commit from pg_stat_database where datname = current_database()")) {
            return rs.next() ? rs.getLong(1) : -1;
        } catch (SQLException e) {
            return -1;
        }
    }

    /** The single standalone broker's (or the HA primary's) process id, or -1 with the embedded broker. */
    public long brokerPid() {
        return broker == null ? -1 : broker.pid();
    }

    public String describe() {
        return (schema != null ? "PostgreSQL schema " + schema : "H2 file per gateway")
                + (backup != null ? ", Artemis HA pair on ports " + brokerPort + " (primary) and " + backupPort
                : broker != null ? ", standalone Artemis on port " + brokerPort : ", embedded Artemis");
    }

    @Override
    public void close() {
        for (Process p : new Process[] {broker, backup}) {
            if (p != null) {
                p.destroyForcibly();
            }
        }
        if (schema != null) {
            try (Connection c = admin(); Statement st = c.createStatement()) {
                st.execute("drop schema if exists " + schema + " cascade");
            } catch (SQLException e) {
                System.err.println("could not drop schema " + schema + ": " + e.getMessage());
            }
        }
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection(MigratedDatabase.PG_URL, MigratedDatabase.PG_USER, "");
    }
}
