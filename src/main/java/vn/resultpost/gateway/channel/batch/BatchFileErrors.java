package vn.resultpost.gateway.channel.batch;

import org.apache.camel.Exchange;
import org.apache.camel.spi.ExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Exception handler of the batch inbox's file consumer, for failures outside the routing of a file (which the
 * route configuration batch-channel-errors logs): listing the inbox, or moving a file once done (e.g. a file
 * another instance moved first). Logged once at WARN without a stack trace; a file held by another instance
 * at DEBUG.
 */
@Component("batchFileErrors")
public class BatchFileErrors implements ExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(BatchFileErrors.class);

    @Override
    public void handleException(Throwable exception) {
        handleException(null, null, exception);
    }

    @Override
    public void handleException(String message, Throwable exception) {
        handleException(message, null, exception);
    }

    @Override
    public void handleException(String message, Exchange exchange, Throwable exception) {
        Throwable cause = exception;
        while (cause != null && !(cause instanceof BatchFileBusyException) && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof BatchFileBusyException) {
            log.debug("{}", cause.getMessage());
        } else {
            log.warn("Batch inbox: {}: {}", message == null ? "failure" : message,
                    exception == null ? "unknown" : exception.getMessage());
        }
    }
}
