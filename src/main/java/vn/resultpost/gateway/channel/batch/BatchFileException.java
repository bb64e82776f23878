package vn.resultpost.gateway.channel.batch;

/**
 * A batch file refused whole before any of its rows is applied: not UTF-8, not CSV or XML that can be read,
 * XML not matching the schema or with a DOCTYPE, header columns missing or unknown, too large, too many rows.
 * The message says why; it never quotes the file's content.
 */
public class BatchFileException extends RuntimeException {

    public BatchFileException(String reason) {
        super(reason);
    }
}
