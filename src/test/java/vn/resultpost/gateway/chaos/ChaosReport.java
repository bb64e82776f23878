package vn.resultpost.gateway.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What one chaos run found: the check of the simulators' records, their counters, the gateway's
 * database after a graceful stop, the kills, time and throughput.
 */
public record ChaosReport(
        ChaosOptions options,
        Path workDir,
        ChaosCheck.Findings findings,
        JsonNode operator,
        JsonNode dossierSystem,
        Map<String, Object> database,
        int kills,
        int gatewayStarts,
        int submitAttempts,
        Duration elapsed,
        boolean timedOut,
        List<String> killLog) {

    public int lost() {
        return findings.lost();
    }

    public int duplicated() {
        return findings.duplicated();
    }

    public int misordered() {
        return findings.misordered();
    }

    /** The gateway ended with nothing pending: no outbox message, no unreported entry, no unfinished shipment. */
    public boolean drained() {
        return zero("outbox messages pending") && zero("timeline entries not reported") && zero("shipments not final");
    }

    /** Nothing lost, duplicated or misordered, every kill done, the gateway drained, within the deadline. */
    public boolean clean() {
        return findings.clean() && !timedOut && drained() && kills == options.kills();
    }

    private boolean zero(String key) {
        Object v = database.get(key);
        return v instanceof Number n && n.longValue() == 0;
    }

    /** The table {@link #print} writes, as a string. */
    public String text() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    public void print(PrintStream out) {
        double seconds = elapsed.toMillis() / 1000.0;
        ChaosCheck.Findings f = findings;
        out.println();
        out.println("================ chaos run ================");
        row(out, "work folder (logs, data)", workDir);
        row(out, "results submitted", f.results() + " (" + submitAttempts + " POSTs, retries included)");
        row(out, "results accepted (200/202)", f.accepted());
        row(out, "orders at operator", f.ordersAtOperator());
        row(out, "operator create calls", operator.path("createCalls").asInt() + " (503 injected "
                + operator.path("failedCalls").asInt() + ", 504 after create " + operator.path("lostReplies").asInt()
                + ", 409 duplicate reference " + operator.path("duplicateCalls").asInt() + ")");
        row(out, "status callbacks received", f.callbacksReceived() + " (refused while down "
                + dossierSystem.path("refused").asInt() + ")");
        row(out, "results with final status", f.finished());
        row(out, "LOST", f.lost() + "  (not accepted " + f.lostNotAccepted() + ", no order " + f.lostNoOrder()
                + ", no final status " + f.lostNoFinalStatus() + ", a status missing " + f.lostStatuses() + ")");
        row(out, "DUPLICATED", f.duplicated() + "  (two shipments for a result " + f.duplicatedShipments()
                + ", orders of no result " + f.ordersWithoutResult() + ", a sequence number received twice"
                + (options.strictOnce() ? "" : " with different content") + " "
                + f.duplicatedReports() + " results / " + f.extraReportsReceived() + " reports)");
        row(out, "re-sent reports", f.resentReports() + " identical report(s) received again, in " + f.resentResults()
                + " result(s): a kill between the dossier system's 200 and the gateway's commit"
                + (options.strictOnce() ? " (counted as duplicated: --strict-once)" : " (not counted; --strict-once counts them)"));
        row(out, "MISORDERED", f.misordered());
        row(out, "gateway instances", options.instances() + (options.postgres() ? ", PostgreSQL" : ", H2")
                + (options.brokerFailoverAt() >= 0 ? ", Artemis HA pair (primary killed mid-run)"
                : options.externalBroker() ? ", standalone Artemis" : ", embedded Artemis")
                + (options.instances() > 1 ? ", behind a load balancer" : ""));
        row(out, "gateway kills (SIGKILL)", kills + " of " + options.kills() + " (" + gatewayStarts + " gateway starts)");
        row(out, "elapsed", String.format("%.1f s%s", seconds, timedOut ? " (TIMED OUT)" : ""));
        row(out, "throughput", String.format("%.1f results/s end to end (%.1f status callbacks/s)",
                f.finished() / Math.max(seconds, 0.001), f.callbacksReceived() / Math.max(seconds, 0.001)));
        out.println("---- gateway database after a graceful stop ----");
        database.forEach((k, v) -> row(out, k, v));
        if (!killLog.isEmpty()) {
            out.println("---- kills ----");
            killLog.forEach(k -> out.println("  " + k));
        }
        if (!f.examples().isEmpty()) {
            out.println("---- examples of findings ----");
            f.examples().forEach(e -> out.println("  " + e));
        }
        out.println("RESULT: " + (clean() ? "PASS — nothing lost, duplicated or misordered"
                : "FAIL — lost " + f.lost() + ", duplicated " + f.duplicated() + ", misordered " + f.misordered()
                + (drained() ? "" : ", gateway not drained") + (timedOut ? ", timed out" : "")
                + (kills == options.kills() ? "" : ", kills done " + kills)));
        out.println("===========================================");
        out.flush();
    }

    private static void row(PrintStream out, String name, Object value) {
        out.printf("%-32s %s%n", name, value);
    }
}
