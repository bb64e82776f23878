package vn.resultpost.gateway.simulator;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import vn.resultpost.gateway.canonical.StatusReport;
import vn.resultpost.gateway.simulator.DossierSystemSimulator.Finished;
import vn.resultpost.gateway.simulator.DossierSystemSimulator.Stats;

/** SIMULATOR: the dossier system's message store of status callbacks, per "agency/dossier", with counters. */
final class DossierCallbackStore {

    private final RetainedRecords<String, List<StatusReport>> received;
    private final RetainedRecords<String, Finished> finishedAt;
    private final AtomicInteger dossiers = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();

    /** @param retained the dossiers whose callbacks (and, apart, first final reports) are kept (0: all) */
    DossierCallbackStore(int retained) {
        this.received = new RetainedRecords<>(retained);
        this.finishedAt = new RetainedRecords<>(retained);
    }

    /** Keeps an accepted callback, in arrival order, and the time of its dossier's first final report. */
    void accept(StatusReport report) {
        String key = key(report.agencyCode(), report.dossierCode());
        received.computeIfAbsent(key, k -> {
            dossiers.incrementAndGet();
            return new CopyOnWriteArrayList<>();
        }).add(report);
        accepted.incrementAndGet();
        if (report.status() != null && report.status().terminal() && finishedAt.putIfAbsent(key,
                new Finished(System.currentTimeMillis(), report.status(), report.sequence())) == null) {
            finished.incrementAndGet();
        }
    }

    /** Counts a callback refused while the endpoint was down. */
    void refuse() {
        refused.incrementAndGet();
    }

    /** The callbacks kept for one dossier, in arrival order (none once its records were dropped). */
    List<StatusReport> callbacks(String agencyCode, String dossierCode) {
        return received.getOrDefault(key(agencyCode, dossierCode), List.of());
    }

    Map<String, List<StatusReport>> received() {
        return received.copy();
    }

    Map<String, Finished> finishedAt() {
        return finishedAt.copy();
    }

    Stats stats() {
        return new Stats(dossiers.get(), finished.get(), accepted.get(), refused.get());
    }

    private static String key(String agency, String dossier) {
        return agency + "/" + dossier;
    }
}
