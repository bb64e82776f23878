package vn.resultpost.gateway.audit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.MigratedDatabase.Kind;
import vn.resultpost.gateway.audit.Verification.Reason;
import vn.resultpost.gateway.store.GroupCommit;
import vn.resultpost.gateway.store.WebhookReplayRepository;
import vn.resultpost.gateway.store.MessageLogRepository.StoredMessage;

/**
 * The message log on a real database, H2 (PostgreSQL mode) and PostgreSQL 127.0.0.1:5432: appends form
 * one gap-free chain, also concurrently and whatever the caller's transaction does; every edit and
 * deletion is found by the verifier.
 */
class JdbcMessageLogTest {

    private static final Correlation DOSSIER = Correlation.of("000.00.12.H26", "000.00.12.H26-261128-0001");

    private AuditDatabase db;
    private JdbcMessageLog log;
    private MessageLogVerifier verifier;

    void open(Kind kind, BodyMode mode) {
        db = new AuditDatabase(kind);
        log = db.messageLog(BodyProtectionTest.props(mode, BodyProtectionTest.KEY));
        verifier = db.verifier();
    }

    @AfterEach
    void close() throws Exception {
        if (db != null) {
            db.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void recordsFormAChainFromTheGenesisHashThatVerifies(Kind kind) {
        open(kind, BodyMode.MASKED);
        recordFive();

        List<StoredMessage> records = all();

        assertThat(records).extracting(StoredMessage::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(records.get(0).prevHash()).isEqualTo(ChainHash.GENESIS);
        for (int i = 1; i < records.size(); i++) {
            assertThat(records.get(i).prevHash()).isEqualTo(records.get(i - 1).recordHash());
        }
        assertThat(records).allSatisfy(r -> {
            assertThat(r.recordHash()).isEqualTo(ChainHash.recordHash(r));
            assertThat(r.bodyHash()).isEqualTo(ChainHash.bodyHash(r.body()));
        });
        StoredMessage reply = records.get(2);
        assertThat(reply.direction()).isEqualTo("IN");
        assertThat(reply.party()).isEqualTo("operator:vnpost");
        assertThat(reply.agencyCode()).isEqualTo("000.00.12.H26");
        assertThat(reply.dossierCode()).isEqualTo("000.00.12.H26-261128-0001");
        assertThat(reply.waybill()).isEqualTo("EB123456785VN");
        assertThat(db.repository.head().lastSequence()).isEqualTo(5);
        assertThat(db.repository.head().lastHash()).isEqualTo(records.get(4).recordHash());
        assertThat(verifier.verify(null, null)).isEqualTo(Verification.intact(5));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anEditedBodyOrFieldIsReportedAsEditedAtItsSequence(Kind kind) {
        open(kind, BodyMode.MASKED);
        recordFive();
        String body = db.repository.find(3).orElseThrow().body();

        db.jdbc.sql("update message_log set body = ? where seq = 3").param(body.replace("EB123456785VN",
                "EB999999999VN")).update();
        Verification edited = verifier.verify(null, null);
        db.jdbc.sql("update message_log set body = ? where seq = 3").param(body).update();
        Verification restored = verifier.verify(null, null);
        db.jdbc.sql("update message_log set waybill = 'EB000000000VN' where seq = 2").update();
        Verification fieldEdited = verifier.verify(null, null);

        assertThat(edited.valid()).isFalse();
        assertThat(edited.firstBrokenSequence()).isEqualTo(3);
        assertThat(edited.reason()).isEqualTo(Reason.EDITED);
        assertThat(edited.checked()).isEqualTo(2);
        assertThat(restored).isEqualTo(Verification.intact(5));
        assertThat(fieldEdited.firstBrokenSequence()).isEqualTo(2);
        assertThat(fieldEdited.reason()).isEqualTo(Reason.EDITED);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aRecordEditedAndReHashedBreaksTheLinkOfTheNextOneOrTheHead(Kind kind) {
        open(kind, BodyMode.PLAIN);
        recordFive();

        rehash(5, "forged last");
        Verification last = verifier.verify(null, null);

        assertThat(last.firstBrokenSequence()).isEqualTo(5);
        assertThat(last.reason()).isEqualTo(Reason.BROKEN_LINK);
        assertThat(last.detail()).contains("chain head");

        rehash(3, "forged");
        Verification middle = verifier.verify(null, null);

        assertThat(middle.firstBrokenSequence()).isEqualTo(4);
        assertThat(middle.reason()).isEqualTo(Reason.BROKEN_LINK);
        assertThat(middle.checked()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aDeletedRecordIsReportedMissingWhereverItWas(Kind kind) {
        open(kind, BodyMode.MASKED);
        recordFive();

        for (long seq : new long[] {3, 1, 5}) {
            StoredMessage removed = db.repository.find(seq).orElseThrow();
            db.jdbc.sql("delete from message_log where seq = ?").param(seq).update();
            Verification v = verifier.verify(null, null);
            db.repository.insert(removed);

            assertThat(v.valid()).as("deleted %d", seq).isFalse();
            assertThat(v.firstBrokenSequence()).as("deleted %d", seq).isEqualTo(seq);
            assertThat(v.reason()).as("deleted %d", seq).isEqualTo(Reason.MISSING);
            assertThat(verifier.verify(null, null)).isEqualTo(Verification.intact(5));
        }
        db.jdbc.sql("delete from message_log").update();
        assertThat(verifier.verify(null, null).firstBrokenSequence()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void concurrentAppendersGetOneGapFreeChain(Kind kind) throws Exception {
        open(kind, BodyMode.MASKED);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Void>> writers = IntStream.range(0, 6).<Callable<Void>>mapToObj(w -> () -> {
                for (int i = 0; i < 20; i++) {
                    log.record(i % 2 == 0 ? Direction.IN : Direction.OUT, "writer:" + w, DOSSIER, "message " + i);
                }
                return null;
            }).toList();
            for (Future<Void> f : pool.invokeAll(writers)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(all()).extracting(StoredMessage::sequence)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 120).mapToObj(Long::valueOf).toList());
        assertThat(verifier.verify(null, null)).isEqualTo(Verification.intact(120));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void recordsQueuedWhileTheChainIsBusyShareOneCommitAndEachCallerReturnsOnceItIsCommitted(Kind kind)
            throws Exception {
        open(kind, BodyMode.MASKED);
        CountingTransactions counting = new CountingTransactions(db.transactions);
        GroupCommit group = new GroupCommit(counting, new SimpleMeterRegistry());
        JdbcMessageLog grouped = new JdbcMessageLog(db.repository, group,
                new BodyProtection(BodyProtectionTest.props(BodyMode.MASKED, BodyProtectionTest.KEY)), db.clock);
        for (Future<?> f : queuedBehindARunningBatch(group, IntStream.range(0, 6).<Runnable>mapToObj(w ->
                () -> grouped.record(Direction.IN, "writer:" + w, DOSSIER, "message " + w)).toList())) {
            f.get(10, TimeUnit.SECONDS);
        }

        assertThat(counting.commits.get()).as("one commit for the six records").isEqualTo(1);
        assertThat(all()).hasSize(6);
        assertThat(verifier.verify(null, null)).isEqualTo(Verification.intact(6));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aRecordSharesItsCommitWithTheOtherSmallWritesWaitingAtOnce(Kind kind) throws Exception {
        open(kind, BodyMode.MASKED);
        CountingTransactions counting = new CountingTransactions(db.transactions);
        GroupCommit group = new GroupCommit(counting, new SimpleMeterRegistry());
        JdbcMessageLog shared = new JdbcMessageLog(db.repository, group,
                new BodyProtection(BodyProtectionTest.props(BodyMode.MASKED, BodyProtectionTest.KEY)), db.clock);
        WebhookReplayRepository replays = new WebhookReplayRepository(db.jdbc, group);
        for (Future<?> f : queuedBehindARunningBatch(group, List.of(
                () -> shared.record(Direction.IN, "operator:VNPOST", DOSSIER, "event 1"),
                () -> replays.add("signature-1", db.clock.instant()),
                () -> shared.record(Direction.OUT, "dossier-system", DOSSIER, "report 1")))) {
            f.get(10, TimeUnit.SECONDS);
        }

        assertThat(counting.commits.get()).as("two records and a replay key in one commit").isEqualTo(1);
        assertThat(replays.contains("signature-1")).isTrue();
        assertThat(verifier.verify(null, null)).isEqualTo(Verification.intact(2));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void whenTheBatchCannotBeCommittedEveryCallerInItIsTold(Kind kind) throws Exception {
        open(kind, BodyMode.MASKED);
        CountingTransactions failing = new CountingTransactions(db.transactions);
        failing.failCommits = true;
        GroupCommit group = new GroupCommit(failing, new SimpleMeterRegistry());
        JdbcMessageLog grouped = new JdbcMessageLog(db.repository, group,
                new BodyProtection(BodyProtectionTest.props(BodyMode.MASKED, BodyProtectionTest.KEY)), db.clock);
        for (Future<?> f : queuedBehindARunningBatch(group, IntStream.range(0, 3).<Runnable>mapToObj(w ->
                () -> grouped.record(Direction.IN, "writer:" + w, DOSSIER, "message " + w)).toList())) {
            assertThatThrownBy(() -> f.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .hasRootCauseMessage("disk full");
        }
        assertThat(all()).isEmpty();
        failing.failCommits = false;
        grouped.record(Direction.IN, "writer:again", DOSSIER, "after the failure");
        assertThat(verifier.verify(null, null)).isEqualTo(Verification.intact(1));
    }

    /**
     * Starts each write on a thread of its own while the group commit is held, waits until all are queued (none
     * done), then lets them go out together; returns the callers.
     */
    private static List<Future<?>> queuedBehindARunningBatch(GroupCommit group, List<Runnable> writes) {
        ExecutorService pool = Executors.newFixedThreadPool(writes.size());
        try {
            return group.exclusive(() -> {
                List<Future<?>> started = writes.stream().<Future<?>>map(pool::submit).toList();
                await().atMost(Duration.ofSeconds(10)).until(() -> group.queuedWrites() == writes.size());
                assertThat(started).noneMatch(Future::isDone);
                return started;
            });
        } finally {
            pool.shutdown(); // the queued writes still run
        }
    }

    /** A transaction manager that counts commits and can refuse them. */
    private static final class CountingTransactions implements PlatformTransactionManager {
        private final PlatformTransactionManager delegate;
        private final AtomicInteger commits = new AtomicInteger();
        private volatile boolean failCommits;

        CountingTransactions(PlatformTransactionManager delegate) {
            this.delegate = delegate;
        }

        @Override
        public TransactionStatus getTransaction(TransactionDefinition definition) {
            return delegate.getTransaction(definition);
        }

        @Override
        public void commit(TransactionStatus status) {
            if (failCommits) {
                delegate.rollback(status);
                throw new TransactionSystemException("disk full");
            }
            delegate.commit(status);
            commits.incrementAndGet();
        }

        @Override
        public void rollback(TransactionStatus status) {
            delegate.rollback(status);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theCallersRollbackDoesNotEraseTheRecord(Kind kind) {
        open(kind, BodyMode.MASKED);
        TransactionTemplate caller = new TransactionTemplate(db.transactions);

        caller.executeWithoutResult(tx -> {
            db.jdbc.sql("insert into outbox_message (destination, body, created_at) values ('q', 'x', ?)")
                    .param(java.sql.Timestamp.from(Instant.now())).update();
            log.record(Direction.IN, "dossier-system:000.00.12.H26", DOSSIER, "{}");
            tx.setRollbackOnly();
        });

        assertThat(db.jdbc.sql("select count(*) from outbox_message").query(Long.class).single()).isZero();
        assertThat(all()).hasSize(1);
        assertThat(verifier.verify(null, null)).isEqualTo(Verification.intact(1));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aTimeRangeIsVerifiedWithItsLinksToTheRecordsAround(Kind kind) {
        open(kind, BodyMode.MASKED);
        Instant t0 = db.clock.instant();
        recordThree("a");
        db.clock.advance(Duration.ofHours(1));
        Instant t1 = db.clock.instant();
        recordThree("b");
        db.clock.advance(Duration.ofHours(1));
        Instant t2 = db.clock.instant();
        recordThree("c");

        assertThat(verifier.verify(t1, t2)).isEqualTo(Verification.intact(3));
        assertThat(verifier.export(t1, t2).records()).extracting(StoredMessage::sequence).containsExactly(4L, 5L, 6L);
        assertThat(verifier.count(t1, null)).isEqualTo(6);

        StoredMessage second = db.repository.find(2).orElseThrow();
        db.jdbc.sql("delete from message_log where seq = 2").update();
        assertThat(verifier.verify(t1, t2)).as("a range checks its own records").isEqualTo(Verification.intact(3));
        assertThat(verifier.verify(t0, t1).firstBrokenSequence()).isEqualTo(2);
        db.repository.insert(second);

        db.jdbc.sql("delete from message_log where seq = 4").update();
        Verification firstOfRange = verifier.verify(t1, t2);
        assertThat(firstOfRange.firstBrokenSequence()).isEqualTo(4);
        assertThat(firstOfRange.reason()).isEqualTo(Reason.MISSING);
        Verification afterRange = verifier.verify(t0, t1);
        assertThat(afterRange.firstBrokenSequence()).as("the record after the range is missing").isEqualTo(4);
        assertThat(afterRange.checked()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void recordedAtNeverGoesBackAndIsStoredToTheMicrosecond(Kind kind) {
        open(kind, BodyMode.MASKED);
        Instant later = Instant.parse("2026-11-28T03:15:00.123456789Z");
        db.clock.set(later);
        log.record(Direction.IN, "p", null, "1");
        db.clock.set(later.minusSeconds(30));
        log.record(Direction.IN, "p", null, "2");

        assertThat(all()).extracting(StoredMessage::recordedAt)
                .containsExactly(Instant.parse("2026-11-28T03:15:00.123456Z"), Instant.parse("2026-11-28T03:15:00.123456Z"));
        assertThat(verifier.verify(null, null)).isEqualTo(Verification.intact(2));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void encryptedBodiesAreNotPlainDecryptWithTheKeyAndVerify(Kind kind) {
        open(kind, BodyMode.ENCRYPTED);
        String raw = Fixtures.result("000.00.12.H26-261128-0002");

        log.record(Direction.IN, "dossier-system:000.00.12.H26", DOSSIER, raw);

        StoredMessage stored = all().get(0);
        assertThat(stored.bodyMode()).isEqualTo("ENCRYPTED");
        // Base64 only (no JSON left); a plain word of 3 letters may occur in it by chance (~1 run in 250 met "Lan").
        assertThat(stored.body()).isNotEqualTo(raw).matches("[A-Za-z0-9+/=]+")
                .doesNotContain("001190012345", "agencyCode");
        assertThat(new BodyEncryptor(BodyProtectionTest.KEY).decrypt(stored.body())).isEqualTo(raw);
        assertThat(stored.bodyHash()).isEqualTo(ChainHash.bodyHash(stored.body()));
        assertThat(verifier.verify(null, null)).isEqualTo(Verification.intact(1));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void maskedBodiesHoldNoPhoneOrIdNumberAndOverlongFieldsAreCut(Kind kind) {
        open(kind, BodyMode.MASKED);
        log.record(Direction.IN, "x".repeat(300), new Correlation("a".repeat(100), null, null),
                Fixtures.result("000.00.12.H26-261128-0003"));

        StoredMessage stored = all().get(0);
        assertThat(stored.body()).doesNotContain("912.345.678", "001190012345").contains("*******678", "*********345");
        assertThat(stored.party()).hasSize(100);
        assertThat(stored.agencyCode()).hasSize(64);
        assertThat(verifier.verify(null, null)).isEqualTo(Verification.intact(1));
    }

    private void recordFive() {
        log.record(Direction.IN, "dossier-system:000.00.12.H26", DOSSIER, "{\"phone\":\"0912345678\"}");
        log.record(Direction.OUT, "operator:vnpost", DOSSIER, "{\"orderReference\":\"s-1\"}");
        log.record(Direction.IN, "operator:vnpost", DOSSIER.withWaybill("EB123456785VN"),
                "{\"itemCode\":\"EB123456785VN\"}");
        log.record(Direction.IN, "operator:vnpost", Correlation.ofWaybill("EB123456785VN"), "{\"statusCode\":\"6\"}");
        log.record(Direction.OUT, "dossier-system:000.00.12.H26", DOSSIER.withWaybill("EB123456785VN"), null);
    }

    private void recordThree(String tag) {
        for (int i = 0; i < 3; i++) {
            log.record(Direction.IN, "p", null, tag + i);
        }
    }

    /** Replaces a record's body and re-computes its hashes, as a forger who knows the format would. */
    private void rehash(long seq, String body) {
        StoredMessage m = db.repository.find(seq).orElseThrow();
        String newBody = body == null ? m.body() : body;
        String bodyHash = ChainHash.bodyHash(newBody);
        String hash = ChainHash.recordHash(m.sequence(), m.prevHash(), m.recordedAt(), m.direction(), m.party(),
                m.agencyCode(), m.dossierCode(), m.waybill(), m.bodyMode(), bodyHash);
        db.jdbc.sql("update message_log set body = ?, body_hash = ?, record_hash = ? where seq = ?")
                .params(newBody, bodyHash, hash, seq).update();
    }

    private List<StoredMessage> all() {
        return verifier.export(null, null).records();
    }
}
