package vn.resultpost.gateway.canonical;

import java.time.Instant;

/**
 * A status event reported by a postal operator, in the operator's own code.
 *
 * @param operatorCode the operator that sent it (e.g. vnpost)
 * @param waybill      the operator's waybill number
 * @param reference    the gateway's own order reference (the shipment id), when the operator echoes it
 * @param statusCode   the operator's status code
 * @param statusText   the operator's own description
 * @param occurredAt   when it happened, per the operator
 */
public record OperatorStatusEvent(
        String operatorCode,
        String waybill,
        String reference,
        String statusCode,
        String statusText,
        Instant occurredAt) {
}
