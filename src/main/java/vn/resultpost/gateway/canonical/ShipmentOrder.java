package vn.resultpost.gateway.canonical;

/**
 * What an operator needs to create one shipment: the gateway's stable reference (sent on every
 * retry, so the operator can de-duplicate), the result and the sending agency.
 */
public record ShipmentOrder(String reference, ResultSubmission result, SenderAgency sender) {
}
