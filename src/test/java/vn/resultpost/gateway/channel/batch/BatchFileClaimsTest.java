package vn.resultpost.gateway.channel.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.dao.DuplicateKeyException;
import vn.resultpost.gateway.MigratedDatabase;
import vn.resultpost.gateway.MutableClock;
import vn.resultpost.gateway.channel.batch.BatchFileClaims.Claim;
import vn.resultpost.gateway.channel.batch.BatchFileClaims.Kind;
import vn.resultpost.gateway.store.BatchFileRepository;

/**
 * The batch ledger on H2 and on the PostgreSQL server, as two gateway instances sharing it see it: a file's
 * content is claimed by one instance at a time, taken over once the lease runs out, never processed again once
 * done, tried again after a whole-file refusal; a row gets one outcome only.
 */
class BatchFileClaimsTest {

    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");
    private static final byte[] FILE = "agencyCode,dossierCode\n".getBytes(StandardCharsets.UTF_8);

    private MigratedDatabase db;
    private final MutableClock clock = new MutableClock(NOW);

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    @ParameterizedTest
    @EnumSource(MigratedDatabase.Kind.class)
    void oneInstanceAtATimeUntilTheLeaseRunsOutThenNeverAgainOnceDone(MigratedDatabase.Kind kind) {
        db = new MigratedDatabase(kind, "batch");
        BatchFileRepository ledger = new BatchFileRepository(db.jdbc);
        BatchFileClaims first = claims(ledger);
        BatchFileClaims second = claims(ledger);

        Claim claimed = first.claim(FILE, "a.csv", "a.1.csv", "CSV");
        assertThat(claimed.kind()).isEqualTo(Kind.CLAIMED);
        assertThat(second.claim(FILE, "copy.csv", "copy.2.csv", "CSV").kind()).as("held by the first").isEqualTo(Kind.BUSY);
        assertThat(first.claim(FILE, "a.csv", "a.3.csv", "CSV").kind()).as("its own claim, after a failure")
                .isEqualTo(Kind.CLAIMED);

        clock.advance(Duration.ofSeconds(31));
        Claim takenOver = second.claim(FILE, "a.csv", "a.4.csv", "CSV");
        assertThat(takenOver.kind()).as("the lease ran out").isEqualTo(Kind.CLAIMED);
        assertThat(takenOver.file().archivedName()).as("archived under the name given first").isEqualTo("a.1.csv");
        assertThatThrownBy(() -> first.renew(claimed.file().id())).as("the first learns it lost the file")
                .hasMessageContaining("taken over");
        second.renew(claimed.file().id());

        long id = claimed.file().id();
        db.tx().executeWithoutResult(s -> ledger.recordRow(id, 1, "A", "D1", "ACCEPTED", "s-1", null, null, NOW));
        assertThatThrownBy(() -> db.tx().executeWithoutResult(s ->
                ledger.recordRow(id, 1, "A", "D1", "ACCEPTED", "s-1", null, null, NOW)))
                .as("a row has one outcome").isInstanceOf(DuplicateKeyException.class);
        db.tx().executeWithoutResult(s -> ledger.finish(id, BatchFileRepository.DONE, 1, null, NOW));

        Claim again = first.claim(FILE, "dropped-again.csv", "dropped-again.5.csv", "CSV");
        assertThat(again.kind()).isEqualTo(Kind.DONE);
        assertThat(again.file().fileName()).isEqualTo("a.csv");
        assertThat(db.jdbc.sql("select accepted from batch_file where id = ?").param(id).query(Integer.class).single())
                .isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(MigratedDatabase.Kind.class)
    void aFileRefusedWholeIsTriedAgainWhenDroppedAgain(MigratedDatabase.Kind kind) {
        db = new MigratedDatabase(kind, "batch");
        BatchFileRepository ledger = new BatchFileRepository(db.jdbc);
        BatchFileClaims claims = claims(ledger);
        long id = claims.claim(FILE, "bad.csv", "bad.1.csv", "CSV").file().id();
        db.tx().executeWithoutResult(s -> ledger.finish(id, BatchFileRepository.FAILED, null, "not UTF-8", NOW));

        Claim retried = claims(ledger).claim(FILE, "bad.csv", "bad.2.csv", "CSV");
        assertThat(retried.kind()).isEqualTo(Kind.CLAIMED);
        assertThat(retried.file().archivedName()).isEqualTo("bad.2.csv");
    }

    @ParameterizedTest
    @EnumSource(MigratedDatabase.Kind.class)
    void twoInstancesClaimingTheSameNewFileAtOnceGetItOnce(MigratedDatabase.Kind kind) throws Exception {
        db = new MigratedDatabase(kind, "batch");
        BatchFileRepository ledger = new BatchFileRepository(db.jdbc);
        for (int round = 0; round < 5; round++) {
            byte[] content = ("file " + round).getBytes(StandardCharsets.UTF_8);
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<Kind>> racers = List.of(claims(ledger), claims(ledger)).stream()
                    .map(c -> CompletableFuture.supplyAsync(() -> {
                        await(go);
                        return c.claim(content, "f.csv", "f.1.csv", "CSV").kind();
                    })).toList();
            go.countDown();
            List<Kind> kinds = racers.stream().map(CompletableFuture::join).toList();
            assertThat(kinds).containsExactlyInAnyOrder(Kind.CLAIMED, Kind.BUSY);
        }
    }

    private BatchFileClaims claims(BatchFileRepository ledger) {
        return new BatchFileClaims(ledger, db.tx(), clock, new BatchChannelProperties("in", "done", "error", 0, 0,
                List.of(), Duration.ofSeconds(30)));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
