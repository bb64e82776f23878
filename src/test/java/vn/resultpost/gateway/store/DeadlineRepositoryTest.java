package vn.resultpost.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.resultpost.gateway.MigratedDatabase;
import vn.resultpost.gateway.MigratedDatabase.Kind;
import vn.resultpost.gateway.canonical.ResultKey;
import vn.resultpost.gateway.canonical.Shipment;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.store.DeadlineRepository.StoredDeadline;

/**
 * The deadline watch's claims on H2 and the PostgreSQL server: when two instances check at the same moment,
 * each due-day alert and each overdue mark is raised by one of them only.
 */
class DeadlineRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-12-03T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-12-03");

    private MigratedDatabase db;

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void twoInstancesCheckingAtOnceAlertAndMarkEachShipmentOnce(Kind kind) throws Exception {
        db = new MigratedDatabase(kind, "deadline_test");
        DeadlineRepository deadlines = new DeadlineRepository(db.jdbc);
        ShipmentRepository shipments = new ShipmentRepository(db.jdbc);
        for (int i = 0; i < 10; i++) {
            String id = "s" + i;
            shipments.insert(new Shipment(id, new ResultKey("000.00.12.H26", "D-" + id), "vnpost", "EB" + i,
                    ShipmentStatus.IN_TRANSIT, 0, NOW, NOW, NOW), null, "{}", "h", "default");
            deadlines.set(id, i % 2 == 0 ? TODAY : TODAY.minusDays(2), "SAME_PROVINCE");
        }
        CountDownLatch aClaimed = new CountDownLatch(1);

        // Instance A claims and holds its transaction open until instance B, which read the same rows as still
        // unclaimed, waits on A's row locks; then A commits.
        CompletableFuture<List<StoredDeadline>> a = CompletableFuture.supplyAsync(() -> db.tx().execute(t -> {
            List<StoredDeadline> claimed = check(deadlines);
            aClaimed.countDown();
            await().atMost(Duration.ofSeconds(20)).until(() -> blockedSessions(kind) > 0);
            return claimed;
        }));
        assertThat(aClaimed.await(20, TimeUnit.SECONDS)).isTrue();
        List<StoredDeadline> b = db.tx().execute(t -> check(deadlines));

        assertThat(a.get(30, TimeUnit.SECONDS)).as("instance A").hasSize(10);
        assertThat(b).as("instance B: every row was A's").isEmpty();
    }

    private static List<StoredDeadline> check(DeadlineRepository deadlines) {
        List<StoredDeadline> claimed = new ArrayList<>(deadlines.alertDue(TODAY, NOW));
        claimed.addAll(deadlines.markOverdue(TODAY, NOW));
        return claimed;
    }

    /** Sessions waiting for a row lock another transaction holds, seen from a connection of its own. */
    private int blockedSessions(Kind kind) {
        String sql = kind == Kind.POSTGRES
                ? "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                : "select count(*) from information_schema.sessions where blocker_id is not null";
        return db.jdbc.sql(sql).query(Integer.class).single();
    }
}
