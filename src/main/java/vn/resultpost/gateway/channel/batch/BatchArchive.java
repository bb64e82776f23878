package vn.resultpost.gateway.channel.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.resultpost.gateway.audit.Correlation;
import vn.resultpost.gateway.audit.Direction;
import vn.resultpost.gateway.audit.MessageLog;
import vn.resultpost.gateway.store.BatchFileRepository;
import vn.resultpost.gateway.store.BatchFileRepository.BatchFile;

/** Where a handled batch file goes (done/ or error/): its report written there, the outcome logged, the path given. */
final class BatchArchive {

    /** Logs as the batch Channel Adapter, the name its log lines have always had. */
    private static final Logger log = LoggerFactory.getLogger(BatchFilesAdapter.class);

    private final BatchChannelProperties props;
    private final BatchFileRepository ledger;
    private final MessageLog messageLog;

    BatchArchive(BatchChannelProperties props, BatchFileRepository ledger, MessageLog messageLog) {
        this.props = props;
        this.ledger = ledger;
        this.messageLog = messageLog;
    }

    /** A file whose content was processed already: finish its move after a crash, or refuse it as dropped again. */
    Path finished(String name, String archived, BatchFile earlier) {
        if (!Files.exists(Path.of(props.done(), earlier.archivedName()))) {
            return complete(name, earlier.id(), earlier.archivedName());
        }
        Path target = Path.of(props.error(), archived);
        BatchReport.file(target, BatchReport.FILE_DUPLICATE, "duplicate-file", "the same content was processed as "
                + earlier.fileName() + " at " + earlier.finishedAt() + " (done/" + earlier.archivedName()
                + "); nothing was done again");
        log.warn("Batch file {} is a copy of {}, processed at {}: moved to {} unprocessed", name, earlier.fileName(),
                earlier.finishedAt(), target);
        return target;
    }

    /** A processed file: to done/, with its rows' outcomes in the report. */
    Path complete(String name, long id, String archivedName) {
        Path target = Path.of(props.done(), archivedName);
        List<BatchFileRepository.RowOutcome> outcomes = ledger.rows(id);
        BatchReport.rows(target, outcomes);
        log.info("Batch file {}: {} rows, {} accepted, {} existing, {} rejected; moved to {}", name, outcomes.size(),
                count(outcomes, BatchRowIntake.ACCEPTED), count(outcomes, BatchRowIntake.EXISTING),
                count(outcomes, BatchRowIntake.REJECTED), target);
        return target;
    }

    /** A file refused whole, nothing of it applied: to error/, recorded in the message log, why in the report. */
    Path refuse(String name, String archivedName, String hash, String reason) {
        messageLog.record(Direction.IN, "dossier-system", Correlation.NONE, "[batch file " + name
                + (hash == null ? "" : ", sha256 " + hash) + ": refused whole: " + reason + "]");
        Path target = Path.of(props.error(), archivedName);
        BatchReport.file(target, BatchReport.FILE_REFUSED, "invalid-file", reason);
        log.warn("Batch file {} refused whole, nothing applied: {}; moved to {}", name, reason, target);
        return target;
    }

    private static long count(List<BatchFileRepository.RowOutcome> outcomes, String outcome) {
        return outcomes.stream().filter(o -> outcome.equals(o.outcome())).count();
    }
}
