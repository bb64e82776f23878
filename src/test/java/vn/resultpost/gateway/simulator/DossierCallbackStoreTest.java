package vn.resultpost.gateway.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.canonical.StatusReport;

/** The dossier system's callbacks: kept per dossier in arrival order, the first final report timed once, counted. */
class DossierCallbackStoreTest {

    @Test
    void keepsCallbacksPerDossierAndTimesTheFirstFinalReportOnce() {
        DossierCallbackStore store = new DossierCallbackStore(0);
        long before = System.currentTimeMillis();

        store.accept(report("D1", 1, ShipmentStatus.PICKED_UP));
        store.accept(report("D1", 2, ShipmentStatus.DELIVERED));
        store.accept(report("D1", 3, ShipmentStatus.DELIVERED));
        store.accept(report("D2", 1, ShipmentStatus.PICKED_UP));
        store.refuse();

        assertThat(store.callbacks("A", "D1")).extracting(StatusReport::sequence).containsExactly(1, 2, 3);
        assertThat(store.callbacks("A", "D3")).isEmpty();
        assertThat(store.finishedAt()).containsOnlyKeys("A/D1");
        DossierSystemSimulator.Finished finished = store.finishedAt().get("A/D1");
        assertThat(finished.sequence()).isEqualTo(2);
        assertThat(finished.status()).isEqualTo(ShipmentStatus.DELIVERED);
        assertThat(finished.atMillis()).isBetween(before, System.currentTimeMillis());
        assertThat(store.received()).containsOnlyKeys("A/D1", "A/D2");
        assertThat(store.stats()).isEqualTo(new DossierSystemSimulator.Stats(2, 1, 4, 1));
    }

    private static StatusReport report(String dossier, int sequence, ShipmentStatus status) {
        return new StatusReport("A", dossier, "shipment-" + dossier, sequence, status, "9", "vnpost", "EB1VN", "6",
                status.name(), 0, Instant.parse("2026-11-28T02:00:00Z"), null);
    }
}
