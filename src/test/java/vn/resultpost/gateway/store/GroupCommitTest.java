package vn.resultpost.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionStatus;
import vn.resultpost.gateway.MigratedDatabase;
import vn.resultpost.gateway.MigratedDatabase.Kind;

/**
 * Group commit (H2 and the PostgreSQL server): writes queued while a commit runs go out together in the next
 * one, each caller returns once its own write is committed, a write that fails fails only its caller, and a
 * database that cannot be reached fails the whole batch at once.
 */
class GroupCommitTest {

    private static final Instant NOW = Instant.parse("2026-12-04T08:00:00Z");

    private MigratedDatabase db;
    private final AtomicInteger commits = new AtomicInteger();
    private final AtomicInteger refusedBegins = new AtomicInteger();
    private final AtomicBoolean databaseDown = new AtomicBoolean();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @AfterEach
    void close() throws Exception {
        threads.shutdownNow();
        db.close();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void writesQueuedWhileACommitRunsShareTheNextOneAndADuplicateReplayKeySpoilsNothing(Kind kind) throws Exception {
        GroupCommit group = groupCommit(kind);
        WebhookReplayRepository replays = new WebhookReplayRepository(db.jdbc, group);
        replays.add("seen", NOW);
        commits.set(0);
        Queued q = queueBehindARunningCommit(group, () -> replays.add("seen", NOW), () -> replays.add("other", NOW));
        assertThat(q.one()).as("waits for the commit that runs").isNotDone();
        q.release();
        CompletableFuture.allOf(q.one(), q.two()).get(10, TimeUnit.SECONDS);

        assertThat(commits.get()).as("the running one, then the two queued behind it together").isEqualTo(2);
        DistributionSummary batches = meters.get("gateway.store.group-commit.writes").summary();
        assertThat(batches.count()).as("the first key alone, the running write, the two queued").isEqualTo(3);
        assertThat(batches.totalAmount()).isEqualTo(4);
        assertThat(batches.max()).isEqualTo(2);
        assertThat(db.jdbc.sql("select replay_key from webhook_replay order by replay_key").query(String.class).list())
                .containsExactly("other", "seen");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aWriteThatFailsFailsOnlyItsCaller(Kind kind) throws Exception {
        GroupCommit group = groupCommit(kind);
        Queued q = queueBehindARunningCommit(group, () -> group.run(() -> insertKey("good")), () -> group.run(() -> {
            insertKey("bad");
            db.jdbc.sql("insert into no_such_table values (1)").update();
        }));
        q.release();

        q.one().get(10, TimeUnit.SECONDS);
        assertThatThrownBy(() -> q.two().get(10, TimeUnit.SECONDS)).hasMessageContaining("no_such_table");
        assertThat(db.jdbc.sql("select replay_key from webhook_replay").query(String.class).list())
                .as("the good write committed, the bad one's first statement rolled back").containsExactly("good");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void whenNoTransactionCanBeginEveryCallerOfTheBatchIsToldAtOnce(Kind kind) throws Exception {
        GroupCommit group = groupCommit(kind);
        Queued q = queueBehindARunningCommit(group, () -> group.run(() -> insertKey("one")),
                () -> group.run(() -> insertKey("two")));
        databaseDown.set(true);
        q.release();

        assertThatThrownBy(() -> q.one().get(10, TimeUnit.SECONDS))
                .hasCauseInstanceOf(CannotCreateTransactionException.class);
        assertThatThrownBy(() -> q.two().get(10, TimeUnit.SECONDS))
                .hasCauseInstanceOf(CannotCreateTransactionException.class);
        assertThat(refusedBegins.get()).as("one try for the batch, not one more per write").isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aWriteAloneIsCommittedBeforeItsCallerGoesOn(Kind kind) {
        GroupCommit group = groupCommit(kind);

        group.run(() -> insertKey("alone"));

        assertThat(commits.get()).isEqualTo(1);
        assertThat(db.jdbc.sql("select count(*) from webhook_replay").query(Integer.class).single()).isEqualTo(1);
    }

    private GroupCommit groupCommit(Kind kind) {
        db = new MigratedDatabase(kind, "group");
        return new GroupCommit(new DataSourceTransactionManager(db.dataSource) {
            @Override
            protected void doBegin(Object transaction, TransactionDefinition definition) {
                if (databaseDown.get()) {
                    refusedBegins.incrementAndGet();
                    throw new CannotCreateTransactionException("connection refused (test)");
                }
                super.doBegin(transaction, definition);
            }

            @Override
            protected void doCommit(DefaultTransactionStatus status) {
                super.doCommit(status);
                commits.incrementAndGet();
            }
        }, meters);
    }

    private void insertKey(String key) {
        db.jdbc.sql("insert into webhook_replay (replay_key, seen_at) values (?, ?)")
                .params(key, java.sql.Timestamp.from(NOW)).update();
    }

    /** Two callers queued behind a write that holds the commit, and that write's release. */
    private Queued queueBehindARunningCommit(GroupCommit group, Runnable one, Runnable two) {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> running = running(group, release);
        Queued queued = new Queued(running, release, CompletableFuture.runAsync(one, threads),
                CompletableFuture.runAsync(two, threads));
        await().atMost(Duration.ofSeconds(5)).until(() -> group.queuedWrites() == 2);
        return queued;
    }

    /** The callers of {@link #queueBehindARunningCommit}. */
    private record Queued(CompletableFuture<Void> running, CountDownLatch latch, CompletableFuture<Void> one,
                          CompletableFuture<Void> two) {

        /** Lets the running write commit. */
        void release() throws Exception {
            latch.countDown();
            running.get(10, TimeUnit.SECONDS);
        }
    }

    /** A write that has started committing and holds the commit until {@code release}. */
    private CompletableFuture<Void> running(GroupCommit group, CountDownLatch release) {
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<Void> write = CompletableFuture.runAsync(() -> group.run(() -> {
            started.countDown();
            waitFor(release);
        }), threads);
        waitFor(started);
        return write;
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
