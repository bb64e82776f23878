package vn.resultpost.gateway.channel.batch;

/**
 * The file is being processed by another gateway instance (its claim in the ledger has not run out): this
 * instance leaves it in the inbox and looks again at a later poll.
 */
public class BatchFileBusyException extends RuntimeException {

    public BatchFileBusyException(String fileName) {
        super("Batch file " + fileName + " is being processed by another gateway instance; left in the inbox");
    }
}
