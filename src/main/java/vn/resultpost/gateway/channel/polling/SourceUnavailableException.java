package vn.resultpost.gateway.channel.polling;

/** The dossier system's list could not be fetched (unreachable, timed out, an error status): polled again later. */
public class SourceUnavailableException extends RuntimeException {

    public SourceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
