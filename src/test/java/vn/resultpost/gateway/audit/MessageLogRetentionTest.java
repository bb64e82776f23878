package vn.resultpost.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.resultpost.gateway.MigratedDatabase.Kind;
import vn.resultpost.gateway.audit.MessageLogRetention.Purge;
import vn.resultpost.gateway.audit.Verification.Reason;
import vn.resultpost.gateway.store.MessageLogRepository.Head;
import vn.resultpost.gateway.store.MessageLogRepository.StoredMessage;

/** Retention: records older than 5 years are purged and what is left still verifies from its anchor. */
class MessageLogRetentionTest {

    private static final Duration FIVE_YEARS = AuditProperties.DEFAULT_RETENTION;
    private static final Instant OLD = Instant.parse("2020-01-01T00:00:00Z");
    private static final Instant RECENT = Instant.parse("2025-06-01T00:00:00Z");
    private static final Instant NOW = Instant.parse("2025-06-02T00:00:00Z");

    private AuditDatabase db;
    private JdbcMessageLog log;
    private MessageLogVerifier verifier;

    void open(Kind kind) {
        db = new AuditDatabase(kind);
        log = db.messageLog(BodyProtectionTest.props(BodyMode.MASKED, null));
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
    void recordsOlderThanTheRetentionArePurgedAndTheRestVerifiesFromTheAnchor(Kind kind) {
        open(kind);
        recordAt(OLD, 5);
        recordAt(RECENT, 3);
        String lastPurgedHash = db.repository.find(5).orElseThrow().recordHash();
        db.clock.set(NOW);

        Purge purge = db.retention(log, FIVE_YEARS, MessageLogRetention.DEFAULT_BATCH).purgeExpired();

        assertThat(purge.purged()).isEqualTo(5);
        assertThat(purge.anchorSequence()).isEqualTo(6);
        assertThat(purge.purgedBefore()).isEqualTo(NOW.minus(FIVE_YEARS));
        Head head = db.repository.head();
        assertThat(head.anchorSequence()).isEqualTo(6);
        assertThat(head.anchorHash()).isEqualTo(lastPurgedHash);
        assertThat(head.purgedCount()).isEqualTo(5);
        assertThat(verifier.export(null, null).records()).extracting(StoredMessage::sequence)
                .containsExactly(6L, 7L, 8L);
        assertThat(verifier.export(null, null).anchorHash()).isEqualTo(lastPurgedHash);
        assertThat(verifier.verify(null, null)).isEqualTo(Verification.intact(3));

        log.record(Direction.IN, "p", null, "after the purge");
        assertThat(verifier.verify(null, null)).isEqualTo(Verification.intact(4));
        assertThat(db.retention(log, FIVE_YEARS, 100).purgeExpired().purged()).as("nothing more to purge").isZero();

        db.jdbc.sql("delete from message_log where seq = 6").update();
        Verification firstRetainedDeleted = verifier.verify(null, null);
        assertThat(firstRetainedDeleted.firstBrokenSequence()).isEqualTo(6);
        assertThat(firstRetainedDeleted.reason()).isEqualTo(Reason.MISSING);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aLongBacklogIsPurgedInSteps(Kind kind) {
        open(kind);
        recordAt(OLD, 7);
        recordAt(RECENT, 2);
        db.clock.set(NOW);

        Purge purge = db.retention(log, FIVE_YEARS, 2).purgeExpired();

        assertThat(purge.purged()).isEqualTo(7);
        assertThat(db.repository.head().anchorSequence()).isEqualTo(8);
        assertThat(verifier.verify(null, null)).isEqualTo(Verification.intact(2));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aTamperedSegmentIsNeverPurged(Kind kind) {
        open(kind);
        recordAt(OLD, 5);
        recordAt(RECENT, 3);
        db.clock.set(NOW);
        db.jdbc.sql("update message_log set body = 'changed' where seq = 2").update();

        assertThatThrownBy(() -> db.retention(log, FIVE_YEARS, 100).purgeExpired())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("EDITED at 2");
        assertThat(verifier.count(null, null)).isEqualTo(8);
        assertThat(db.repository.head().anchorSequence()).isEqualTo(1);

        db.jdbc.sql("delete from message_log where seq = 2").update();
        assertThatThrownBy(() -> db.retention(log, FIVE_YEARS, 100).purgeExpired())
                .hasMessageContaining("MISSING at 2");
        assertThat(verifier.count(null, null)).isEqualTo(7);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void whenEverythingIsExpiredTheChainContinuesFromTheLastHash(Kind kind) {
        open(kind);
        recordAt(OLD, 3);
        String lastHash = db.repository.head().lastHash();
        db.clock.set(NOW);

        assertThat(db.retention(log, FIVE_YEARS, 100).purgeExpired().purged()).isEqualTo(3);
        assertThat(verifier.verify(null, null)).isEqualTo(Verification.intact(0));

        log.record(Direction.OUT, "p", null, "next");
        StoredMessage next = db.repository.find(4).orElseThrow();
        assertThat(next.prevHash()).isEqualTo(lastHash);
        assertThat(verifier.verify(null, null)).isEqualTo(Verification.intact(1));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void nothingYoungerThanTheRetentionIsPurged(Kind kind) {
        open(kind);
        recordAt(RECENT, 3);
        db.clock.set(RECENT.plus(FIVE_YEARS).minusSeconds(1));

        assertThat(db.retention(log, FIVE_YEARS, 100).purgeExpired().purged()).isZero();
        db.clock.set(RECENT.plus(FIVE_YEARS).plusSeconds(1));
        assertThat(db.retention(log, FIVE_YEARS, 100).purgeExpired().purged()).isEqualTo(3);
    }

    private void recordAt(Instant at, int count) {
        db.clock.set(at);
        for (int i = 0; i < count; i++) {
            log.record(Direction.IN, "operator:vnpost", Correlation.ofWaybill("EB12345678" + i + "VN"), "event " + i);
        }
    }
}
