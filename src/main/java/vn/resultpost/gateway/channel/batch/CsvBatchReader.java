package vn.resultpost.gateway.channel.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import vn.resultpost.gateway.canonical.Violation;
import vn.resultpost.gateway.intake.IntakeProblem;

/**
 * Message Translator of the batch channel for CSV (RFC 4180, UTF-8 with or without BOM, a header row naming the
 * fields of {@code POST /api/v1/results} as paths: {@code applicant.fullName}, {@code address.wardCode}...;
 * comma or semicolon separated): each record to the submission's JSON ({@link BatchFields}). The whole file is
 * read before any row is used, so a file that cannot be read is refused whole.
 */
public final class CsvBatchReader {

    private final BatchFields fields;
    private final int maxRows;

    public CsvBatchReader(ObjectMapper json, int maxRows) {
        this.fields = new BatchFields(json);
        this.maxRows = maxRows;
    }

    public List<BatchRow> read(byte[] bytes) {
        String text = BatchText.utf8(bytes);
        String headerLine = text.lines().findFirst().orElse("");
        if (headerLine.isBlank()) {
            throw new BatchFileException("the file is empty: a header row naming the columns is required");
        }
        char delimiter = headerLine.indexOf(',') < 0 && headerLine.indexOf(';') >= 0 ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
                .setAllowMissingColumnNames(false).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames().stream().map(String::strip).toList();
            checkHeader(header);
            List<BatchRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() == maxRows) {
                    throw new BatchFileException("the file has more than " + maxRows
                            + " rows (gateway.channels.batch.max-rows): split it");
                }
                rows.add(row(rows.size() + 1, header, record));
            }
            if (rows.isEmpty()) {
                throw new BatchFileException("the file has a header but no rows");
            }
            return rows;
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw new BatchFileException("the file is not readable CSV: " + firstLine(e.getMessage()));
        } catch (IOException e) {
            throw new BatchFileException("the file is not readable CSV: " + firstLine(e.getMessage()));
        }
    }

    private BatchRow row(int number, List<String> header, CSVRecord record) {
        if (!record.isConsistent()) {
            return new BatchRow(number, null, null, null, IntakeProblem.invalid(List.of(new Violation("$",
                    "row " + number + " has " + record.size() + " values, the header has " + header.size()
                            + " columns (a value with a comma must be in double quotes)"))));
        }
        ObjectNode result = fields.object();
        for (int i = 0; i < header.size(); i++) {
            try {
                fields.put(result, header.get(i), record.get(i));
            } catch (BatchFields.RowException bad) {
                return new BatchRow(number, null, BatchFields.code(result.path("agencyCode")),
                        BatchFields.code(result.path("dossierCode")), IntakeProblem.invalid(List.of(bad.violation)));
            }
        }
        return new BatchRow(number, fields.write(result), BatchFields.code(result.path("agencyCode")),
                BatchFields.code(result.path("dossierCode")), null);
    }

    private static void checkHeader(List<String> header) {
        Set<String> unknown = new TreeSet<>(header);
        unknown.removeAll(BatchFields.COLUMNS);
        if (!unknown.isEmpty()) {
            throw new BatchFileException("unknown column(s) in the header row: " + String.join(", ", unknown)
                    + " (the columns are: " + String.join(", ", BatchFields.COLUMNS) + ")");
        }
        Set<String> missing = new TreeSet<>(BatchFields.REQUIRED_COLUMNS);
        missing.removeAll(header);
        if (!missing.isEmpty()) {
            throw new BatchFileException("required column(s) missing from the header row: " + String.join(", ", missing));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.lines().findFirst().orElse(message);
        return line.length() <= 300 ? line : line.substring(0, 299) + "…";
    }
}
