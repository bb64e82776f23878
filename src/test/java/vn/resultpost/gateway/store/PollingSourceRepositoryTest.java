package vn.resultpost.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.resultpost.gateway.MigratedDatabase;
import vn.resultpost.gateway.MigratedDatabase.Kind;
import vn.resultpost.gateway.store.PollingSourceRepository.Claim;
import vn.resultpost.gateway.store.PollingSourceRepository.SourceState;

/**
 * The polling sources' rows on H2 and on the PostgreSQL server: a source is claimed only when due, two instances
 * claiming at the same moment never both get it, and the cursor and counts move as pages are taken.
 */
class PollingSourceRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    private MigratedDatabase db;

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aDueSourceIsClaimedOnceUntilItsLeaseRunsOutAndKeepsItsCursorAndCounts(Kind kind) {
        PollingSourceRepository sources = open(kind);
        sources.register("s1", NOW);
        sources.register("s1", NOW.plusSeconds(99)); // registered once

        Optional<Claim> first = claim(sources, NOW, NOW.plusSeconds(300));
        assertThat(first).contains(new Claim("s1", null));
        assertThat(claim(sources, NOW.plusSeconds(1), NOW.plusSeconds(301)))
                .as("leased away").isEmpty();

        db.tx().executeWithoutResult(t -> sources.advance("s1", "17", 3, 1));
        db.tx().executeWithoutResult(t -> sources.advance("s1", "20", 2, 0));
        sources.finished("s1", NOW.plusSeconds(2), NOW.plusSeconds(60), "OK", null);
        assertThat(claim(sources, NOW.plusSeconds(59), NOW.plusSeconds(400))).isEmpty();
        assertThat(claim(sources, NOW.plusSeconds(60), NOW.plusSeconds(400)))
                .contains(new Claim("s1", "20"));

        sources.finished("s1", NOW.plusSeconds(61), NOW.plusSeconds(120), "UNAVAILABLE", "x".repeat(2000));
        SourceState state = sources.list().get(0);
        assertThat(state.cursor()).isEqualTo("20");
        assertThat(state.itemsAccepted()).isEqualTo(5);
        assertThat(state.itemsRejected()).isEqualTo(1);
        assertThat(state.pagesTaken()).isEqualTo(2);
        assertThat(state.lastOutcome()).isEqualTo("UNAVAILABLE");
        assertThat(state.lastError()).hasSize(1000);
        assertThat(state.lastSuccessAt()).as("the last poll that went well").isEqualTo(NOW.plusSeconds(2));
        assertThat(state.nextPollAt()).isEqualTo(NOW.plusSeconds(120));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void twoInstancesClaimingAtOnceNeverBothGetTheSource(Kind kind) throws Exception {
        PollingSourceRepository sources = open(kind);
        sources.register("s1", NOW);
        CountDownLatch bothTried = new CountDownLatch(2);
        CompletableFuture<Optional<Claim>> a = CompletableFuture.supplyAsync(() -> claimHolding(sources, bothTried));
        CompletableFuture<Optional<Claim>> b = CompletableFuture.supplyAsync(() -> claimHolding(sources, bothTried));

        int claimed = (a.get(30, TimeUnit.SECONDS).isPresent() ? 1 : 0) + (b.get(30, TimeUnit.SECONDS).isPresent() ? 1 : 0);
        assertThat(claimed).as("instances that got the source").isEqualTo(1);
    }

    private Optional<Claim> claimHolding(PollingSourceRepository sources, CountDownLatch bothTried) {
        return db.tx().execute(t -> {
            Optional<Claim> claim = sources.claim("s1", NOW, NOW.plusSeconds(300));
            bothTried.countDown();
            try {
                bothTried.await(10, TimeUnit.SECONDS); // the other tries while this one still holds the row
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return claim;
        });
    }

    private Optional<Claim> claim(PollingSourceRepository sources, Instant now, Instant leaseUntil) {
        return db.tx().execute(t -> sources.claim("s1", now, leaseUntil));
    }

    private PollingSourceRepository open(Kind kind) {
        db = new MigratedDatabase(kind, "polling_test");
        return new PollingSourceRepository(db.jdbc);
    }
}
