package vn.resultpost.gateway.channel.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.resultpost.gateway.audit.Correlation;
import vn.resultpost.gateway.audit.Direction;
import vn.resultpost.gateway.audit.MessageLog;
import vn.resultpost.gateway.canonical.ResultKey;
import vn.resultpost.gateway.intake.Channel;
import vn.resultpost.gateway.intake.IntakeOutcome;
import vn.resultpost.gateway.intake.IntakeProblem;
import vn.resultpost.gateway.intake.ResultIntake;
import vn.resultpost.gateway.reporting.RejectionReports;
import vn.resultpost.gateway.store.BatchFileRepository;

/**
 * One row of a batch file through the canonical intake ({@link ResultIntake} with {@link Channel#BATCH}): the row
 * is recorded in the audit log, then in one database transaction its shipment is stored (or, when refused, its
 * rejection report queued for the agency) together with the row's outcome in the ledger, so a file taken up
 * again after a crash never gives a row two outcomes, two shipments or two rejection reports.
 */
@Component
public class BatchRowIntake {

    public static final String ACCEPTED = "ACCEPTED";
    public static final String EXISTING = "EXISTING";
    public static final String REJECTED = "REJECTED";

    private final ResultIntake intake;
    private final RejectionReports rejections;
    private final BatchFileRepository ledger;
    private final MessageLog messageLog;
    private final TransactionTemplate tx;
    private final ObjectMapper json;
    private final Clock clock;

    public BatchRowIntake(ResultIntake intake, RejectionReports rejections, BatchFileRepository ledger,
                          MessageLog messageLog, TransactionTemplate tx, ObjectMapper json, Clock clock) {
        this.intake = intake;
        this.rejections = rejections;
        this.ledger = ledger;
        this.messageLog = messageLog;
        this.tx = tx;
        this.json = json;
        this.clock = clock;
    }

    /** Takes one row in; answers its outcome (ACCEPTED, EXISTING or REJECTED). */
    public String take(long fileId, String fileName, BatchRow row, Predicate<String> mayActFor) {
        messageLog.record(Direction.IN, row.agencyCode() == null ? "dossier-system" : "dossier-system:" + row.agencyCode(),
                row.agencyCode() == null && row.dossierCode() == null ? Correlation.NONE
                        : Correlation.of(row.agencyCode(), row.dossierCode()), auditBody(fileName, row));
        return tx.execute(status -> {
            IntakeProblem problem = row.problem();
            if (problem == null) {
                try {
                    IntakeOutcome outcome = intake.submit(row.json(), mayActFor, Channel.BATCH);
                    if (outcome instanceof IntakeOutcome.Conflict conflict) {
                        problem = IntakeProblem.conflict(conflict.shipment(), statusUrl(conflict.shipment().key()));
                    } else {
                        String code = outcome instanceof IntakeOutcome.Created ? ACCEPTED : EXISTING;
                        ResultKey key = outcome.shipment().key();
                        ledger.recordRow(fileId, row.number(), key.agencyCode(), key.dossierCode(), code,
                                outcome.shipment().id(), null, null, clock.instant());
                        return code;
                    }
                } catch (RuntimeException refused) {
                    problem = IntakeProblem.of(refused).orElseThrow(() -> refused);
                }
            }
            rejections.enqueue(row.agencyCode(), row.dossierCode(), Channel.BATCH, problem);
            ledger.recordRow(fileId, row.number(), row.agencyCode(), row.dossierCode(), REJECTED, problem.shipmentId(),
                    problem.code(), reason(problem), clock.instant());
            return REJECTED;
        });
    }

    /** The bad fields ("applicant.phone: must be …; …"), or the problem's detail when it is not about fields. */
    static String reason(IntakeProblem problem) {
        return problem.errors().isEmpty() ? problem.detail() : problem.errors().stream()
                .map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b).orElse("");
    }

    private String auditBody(String fileName, BatchRow row) {
        ObjectNode body = json.createObjectNode();
        body.put("file", fileName);
        body.put("row", row.number());
        try {
            if (row.json() != null) {
                body.set("result", json.readTree(row.json()));
            } else {
                body.put("problem", reason(row.problem()));
            }
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a batch row for the audit log", e);
        }
    }

    static String statusUrl(ResultKey key) {
        return "/api/v1/results/" + URLEncoder.encode(key.agencyCode(), StandardCharsets.UTF_8) + "/"
                + URLEncoder.encode(key.dossierCode(), StandardCharsets.UTF_8);
    }
}
