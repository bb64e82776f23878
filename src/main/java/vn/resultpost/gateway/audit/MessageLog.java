package vn.resultpost.gateway.audit;

/**
 * The tamper-evident audit log of every message the gateway receives or sends (dossier systems and
 * postal operators, both directions). The only API the rest of the gateway calls.
 *
 * <p>{@link #record} is safe to call from any thread, concurrently. It commits the record in a
 * transaction of its own before it returns, so a caller's later rollback does not erase the fact that
 * the message was received or sent; it throws when the record cannot be written (the message is then
 * not processed either: the caller answers an error or its stage retries). Called inside a database
 * transaction it uses a second pooled connection for its own; prefer calling it outside one.
 */
public interface MessageLog {

    /**
     * Records one message.
     *
     * @param direction   IN when received, OUT when sent
     * @param party       the other side, e.g. {@code dossier-system:000.00.12.H26} or {@code operator:vnpost}
     * @param correlation agency, dossier and waybill as far as known (null or {@link Correlation#NONE} when unknown)
     * @param body        the raw body as received or sent (stored masked, encrypted or plain per configuration)
     */
    void record(Direction direction, String party, Correlation correlation, String body);
}
