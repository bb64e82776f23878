package vn.resultpost.gateway.canonical;

/**
 * An order placed at a postal operator: the gateway's own reference (the shipment id, sent on every
 * create) and the operator's waybill number (null until the operator has answered).
 */
public record OrderRef(String reference, String waybill) {
}
