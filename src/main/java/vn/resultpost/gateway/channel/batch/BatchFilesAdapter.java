package vn.resultpost.gateway.channel.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.resultpost.gateway.audit.MessageLog;
import vn.resultpost.gateway.store.BatchFileRepository;

/**
 * Channel Adapter for batch files (route {@code batch-files}): a CSV or XML file of results taken from the drop
 * folder is read whole, recognised by the SHA-256 of its content in the ledger ({@link BatchFileRepository}),
 * and each row not yet done goes through {@link BatchRowIntake}. Then the report is written next to where the
 * file goes ({@link #ARCHIVE}: done/, or error/ for a file refused whole or dropped again; see {@link BatchArchive}),
 * and Camel moves it. A failure (database down) leaves the file in the inbox: it is taken up again, rows done being
 * skipped.
 */
@Component("batchFiles")
public class BatchFilesAdapter {

    /** Header naming the absolute path the route moves the file to once the exchange completes. */
    public static final String ARCHIVE = "gatewayBatchArchive";
    private static final Logger log = LoggerFactory.getLogger(BatchFilesAdapter.class);

    private final BatchChannelProperties props;
    private final BatchFileClaims claims;
    private final BatchRowIntake rows;
    private final BatchFileRepository ledger;
    private final BatchArchive archive;
    private final TransactionTemplate tx;
    private final CsvBatchReader csv;
    private final XmlBatchReader xml;
    private final Clock clock;
    private final Predicate<String> mayActFor;

    public BatchFilesAdapter(BatchChannelProperties props, BatchFileClaims claims, BatchRowIntake rows,
                             BatchFileRepository ledger, MessageLog messageLog, TransactionTemplate tx,
                             ObjectMapper json, Clock clock) {
        this.props = props;
        this.claims = claims;
        this.rows = rows;
        this.ledger = ledger;
        this.archive = new BatchArchive(props, ledger, messageLog);
        this.tx = tx;
        this.csv = new CsvBatchReader(json, props.maxRows());
        this.xml = new XmlBatchReader(json, props.maxRows());
        this.clock = clock;
        this.mayActFor = props.agencies().isEmpty() ? agency -> true : props.agencies()::contains;
    }

    /** Processes the file of the exchange and sets {@link #ARCHIVE}. */
    public void process(Exchange exchange) throws IOException {
        Path file = exchange.getIn().getBody(File.class).toPath();
        String name = file.getFileName().toString();
        String archived = BatchFileClaims.archivedName(name, clock.instant());
        long size = Files.size(file);
        if (size > props.maxFileBytes()) {
            archiveTo(exchange, archive.refuse(name, archived, null, "the file is larger than "
                    + props.maxFileBytes() + " bytes (gateway.channels.batch.max-file-bytes): split it"));
            return;
        }
        byte[] bytes = Files.readAllBytes(file);
        BatchFileClaims.Claim claim = claims.claim(bytes, name, archived, format(name));
        switch (claim.kind()) {
            case BUSY -> throw new BatchFileBusyException(name);
            case DONE -> archiveTo(exchange, archive.finished(name, archived, claim.file()));
            case CLAIMED -> run(exchange, name, claim, bytes);
        }
    }

    private void run(Exchange exchange, String name, BatchFileClaims.Claim claim, byte[] bytes) {
        long id = claim.file().id();
        List<BatchRow> parsed;
        try {
            parsed = "XML".equals(format(name)) ? xml.read(bytes) : csv.read(bytes);
        } catch (RuntimeException unreadable) {
            // Reading is pure (the bytes are in memory): whatever fails here is the content's doing, and would fail
            // again at every poll; the file is refused rather than left to loop in the inbox.
            String reason = unreadable instanceof BatchFileException ? unreadable.getMessage()
                    : "the file could not be read (" + unreadable.getClass().getSimpleName() + ")";
            tx.executeWithoutResult(s -> ledger.finish(id, BatchFileRepository.FAILED, null, reason, clock.instant()));
            archiveTo(exchange, archive.refuse(name, claim.file().archivedName(), claim.hash(), reason));
            return;
        }
        Set<Integer> done = ledger.rowsDone(id);
        if (!done.isEmpty()) {
            log.info("Batch file {}: taking it up again, {} of {} rows already done", name, done.size(), parsed.size());
        }
        Instant renewed = clock.instant();
        for (BatchRow row : parsed) {
            if (!done.contains(row.number())) {
                // The claim is renewed once a third of the lease has gone (not at every row: one commit fewer each).
                if (clock.instant().isAfter(renewed.plus(props.lease().dividedBy(3)))) {
                    claims.renew(id);
                    renewed = clock.instant();
                }
                rows.take(id, name, row, mayActFor);
            }
        }
        tx.executeWithoutResult(s -> ledger.finish(id, BatchFileRepository.DONE, parsed.size(), null, clock.instant()));
        archiveTo(exchange, archive.complete(name, id, claim.file().archivedName()));
    }

    /** Where the route moves the file once the exchange completes. */
    private static void archiveTo(Exchange exchange, Path target) {
        exchange.getIn().setHeader(ARCHIVE, target.toAbsolutePath().toString());
    }

    static String format(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".xml") ? "XML" : "CSV";
    }
}
