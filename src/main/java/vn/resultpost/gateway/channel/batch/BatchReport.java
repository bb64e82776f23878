package vn.resultpost.gateway.channel.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.resultpost.gateway.store.BatchFileRepository.RowOutcome;

/**
 * The per-file report written next to the archived file ({@code <archived name>.report.csv}, UTF-8 with a BOM so
 * that spreadsheet programs show Vietnamese text): one line per row with its outcome and shipment or, when
 * refused, the problem type and each bad field; a file refused whole has one line (row 0) saying why.
 */
final class BatchReport {

    static final String SUFFIX = ".report.csv";
    static final String FILE_REFUSED = "FILE_REFUSED";
    static final String FILE_DUPLICATE = "FILE_DUPLICATE";
    private static final String[] HEADER = {"row", "agencyCode", "dossierCode", "outcome", "shipmentId", "problem",
            "reason"};

    private BatchReport() {
    }

    /** The report of a processed file: its rows' outcomes. */
    static Path rows(Path archived, List<RowOutcome> rows) {
        return write(archived, printer -> {
            for (RowOutcome r : rows) {
                printer.printRecord(r.row(), r.agencyCode(), r.dossierCode(), r.outcome(), r.shipmentId(),
                        r.problemType(), r.reason());
            }
        });
    }

    /** The report of a file not processed: {@link #FILE_REFUSED} or {@link #FILE_DUPLICATE}, and why. */
    static Path file(Path archived, String outcome, String problem, String reason) {
        return write(archived, printer -> printer.printRecord(0, null, null, outcome, null, problem, reason));
    }

    private static Path write(Path archived, Lines lines) {
        Path report = archived.resolveSibling(archived.getFileName() + SUFFIX);
        Path partial = archived.resolveSibling(archived.getFileName() + SUFFIX + ".part");
        try {
            Files.createDirectories(report.getParent());
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                out.write('\uFEFF');
                CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
                lines.print(printer);
                printer.flush();
            }
            return Files.move(partial, report, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the batch report " + report, e);
        }
    }

    private interface Lines {
        void print(CSVPrinter printer) throws IOException;
    }
}
