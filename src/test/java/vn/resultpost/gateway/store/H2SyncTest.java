package vn.resultpost.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.resultpost.gateway.MigratedDatabase;
import vn.resultpost.gateway.MigratedDatabase.Kind;

/**
 * The periodic sync of the embedded H2 file: it runs every interval, refuses a retention too short for its
 * interval (a power loss could then corrupt the file), takes the gateway down when H2 has closed the database after
 * an internal failure, and leaves PostgreSQL alone.
 */
class H2SyncTest {

    @TempDir
    Path dir;

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final GenericApplicationContext context = context();
    private final AtomicInteger exitStatus = new AtomicInteger(-1);
    private H2Failure failure = new H2Failure(context, true, exitStatus::set);
    private H2Sync sync;

    @AfterEach
    void stop() {
        if (sync != null) {
            sync.stop();
        }
        assertThat(failure.hasClosed()).as("H2 closed the database").isEqualTo(panicked);
    }

    private boolean panicked;

    @Test
    void whenH2ClosesTheDatabaseAfterAFailureTheGatewayGoesDownAndStops() {
        ApplicationAvailability availability = context.getBean(ApplicationAvailability.class);
        try (HikariDataSource db = pool(fileDatabase(";RETENTION_TIME=5000"))) {
            sync = h2Sync(db, Duration.ofMillis(20));
            sync.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> meters.timer("gateway.h2.sync").count() >= 2);
            assertThat(failure.hasClosed()).isFalse();
            assertThat(availability.getLivenessState()).isEqualTo(LivenessState.CORRECT);

            panic(db);

            await().atMost(Duration.ofSeconds(10)).until(failure::hasClosed);
            assertThat(availability.getLivenessState()).isEqualTo(LivenessState.BROKEN);
            assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.REFUSING_TRAFFIC);
            await().atMost(Duration.ofSeconds(10)).until(() -> exitStatus.get() == H2Failure.EXIT_STATUS);
            assertThat(context.isActive()).as("the application was closed before the exit").isFalse();
        }
    }

    @Test
    void withExitWhenClosedOffTheGatewayOnlyGoesDown() {
        failure = new H2Failure(context, false, exitStatus::set);
        try (HikariDataSource db = pool(fileDatabase(";RETENTION_TIME=5000"))) {
            sync = h2Sync(db, Duration.ofMillis(20));
            sync.start();
            panic(db);

            await().atMost(Duration.ofSeconds(10)).until(failure::hasClosed);
            assertThat(context.getBean(ApplicationAvailability.class).getLivenessState()).isEqualTo(LivenessState.BROKEN);
            assertThat(context.isActive()).isTrue();
            assertThat(exitStatus.get()).isEqualTo(-1);
        }
    }

    /** What H2 does after an internal failure it cannot recover from (here a simulated out-of-memory while writing). */
    private void panic(DataSource db) {
        panicked = true;
        try (Connection c = db.getConnection()) {
            MVStore store = ((SessionLocal) c.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore()
                    .getMvStore();
            assertThatThrownBy(() -> store.panic(new MVStoreException(DataUtils.ERROR_WRITING_FAILED,
                    "simulated: java.lang.OutOfMemoryError: Capacity: 4718592")))
                    .isInstanceOf(MVStoreException.class);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HikariDataSource pool(DriverManagerDataSource db) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(db.getUrl());
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(3);
        return new HikariDataSource(config);
    }

    private static GenericApplicationContext context() {
        GenericApplicationContext context = new GenericApplicationContext();
        context.registerBean(ApplicationAvailabilityBean.class);
        context.refresh();
        // As a started Spring Boot application is.
        AvailabilityChangeEvent.publish(context, LivenessState.CORRECT);
        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        return context;
    }

    @Test
    void forcesTheFileToDiskEveryInterval() {
        sync = h2Sync(fileDatabase(";RETENTION_TIME=5000"), Duration.ofMillis(50));
        sync.start();

        assertThat(sync.isRunning()).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> meters.timer("gateway.h2.sync").count() >= 3);
        sync.stop();
        assertThat(sync.isRunning()).isFalse();
    }

    @Test
    void compactsAFileOfMostlyDeadChunks() {
        // DB_CLOSE_DELAY=-1: open until SHUTDOWN, or closing it (last connection) would compact it already.
        DriverManagerDataSource db = fileDatabase(";RETENTION_TIME=4100;DB_CLOSE_DELAY=-1");
        JdbcClient jdbc = JdbcClient.create(db);
        try {
            jdbc.sql("create table t (id int primary key, v varchar(200))").update();
            for (int i = 0; i < 500; i++) {
                jdbc.sql("insert into t values (?, repeat('x', 150))").param(i).update();
            }
            for (int i = 0; i < 2000; i++) { // each update its own commit, rewriting a few pages into a new chunk
                jdbc.sql("update t set v = repeat('y', 150) where id = ?").param((i * 7919) % 500).update();
            }
            assertThat(chunksFillRate(jdbc)).as("a file of one-row commits is mostly dead chunks").isLessThan(50);

            sync = h2Sync(db, Duration.ofMillis(50));
            sync.start();

            await().atMost(Duration.ofSeconds(30)).until(() -> chunksFillRate(jdbc) >= 80);
            assertThat(meters.timer("gateway.h2.compact").count()).isPositive();
        } finally {
            stop();
            jdbc.sql("shutdown").update();
        }
    }

    @Test
    void compactsNothingWhenTurnedOff() {
        DriverManagerDataSource db = fileDatabase(";RETENTION_TIME=5000");
        sync = new H2Sync(db, new H2SyncProperties(Duration.ofMillis(20), 0, null, null), failure, meters);
        sync.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> meters.timer("gateway.h2.sync").count() >= 3);
        assertThat(meters.timer("gateway.h2.compact").count()).isZero();
    }

    private static int chunksFillRate(JdbcClient jdbc) {
        return jdbc.sql("select cast(setting_value as int) from information_schema.settings "
                + "where setting_name = 'info.CHUNKS_FILL_RATE'").query(Integer.class).single();
    }

    @Test
    void refusesARetentionShorterThanTheIntervalPlusTheAllowance() {
        sync = h2Sync(fileDatabase(";RETENTION_TIME=4999"), Duration.ofSeconds(1));

        assertThatThrownBy(sync::start).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("RETENTION_TIME (4999 ms").hasMessageContaining("gateway.h2.sync-interval (1000 ms)");
        assertThat(sync.isRunning()).isFalse();
    }

    @Test
    void startsWithH2sDefaultRetention() {
        sync = h2Sync(fileDatabase(""), Duration.ofSeconds(1));
        sync.start();
        assertThat(sync.isRunning()).isTrue();
    }

    @Test
    void leavesPostgresqlAlone() throws Exception {
        try (MigratedDatabase pg = new MigratedDatabase(Kind.POSTGRES, "h2sync")) {
            sync = new H2Sync(pg.dataSource, new H2SyncProperties(Duration.ofMillis(10), null, null, null), failure,
                    meters);
            sync.start();
            assertThat(sync.isRunning()).isFalse();
            assertThat(meters.timer("gateway.h2.sync").count()).isZero();
        }
    }

    @Test
    void theIntervalIsBounded() {
        assertThat(new H2SyncProperties(null, null, null, null).syncInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(new H2SyncProperties(null, null, null, null).minimumRetentionMillis()).isEqualTo(5000);
        assertThat(new H2SyncProperties(null, null, null, null).exitWhenClosed()).isTrue();
        assertThat(new H2SyncProperties(null, null, null, false).exitWhenClosed()).isFalse();
        assertThatThrownBy(() -> new H2SyncProperties(Duration.ofMillis(5), null, null, null))
                .hasMessageContaining("gateway.h2.sync-interval");
        assertThatThrownBy(() -> new H2SyncProperties(Duration.ofSeconds(31), null, null, null))
                .hasMessageContaining("gateway.h2.sync-interval");
    }

    private DriverManagerDataSource fileDatabase(String settings) {
        return new DriverManagerDataSource("jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=0" + settings, "sa", "");
    }

    private H2Sync h2Sync(DataSource dataSource, Duration interval) {
        return new H2Sync(dataSource, new H2SyncProperties(interval, null, null, null), failure, meters);
    }
}
