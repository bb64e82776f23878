package vn.resultpost.gateway.review;

/** Why a person must look at something the gateway will not decide on its own. */
public enum ReviewKind {
    /** A pre-2025 ward split across several 2025 wards, which the street line does not decide: the order waits. */
    SPLIT_WARD,
    /** An operator sent a status code missing from its status table: never guessed. */
    UNKNOWN_STATUS_CODE,
    /** An operator sent an event for a waybill the gateway does not know. */
    UNKNOWN_SHIPMENT,
    /** An operator refused an order for good (reported to the dossier system as REJECTED). */
    OPERATOR_REJECTED,
    /** An operator does not know an order the gateway holds (tracking answered not found). */
    ORDER_NOT_FOUND,
    /** An order the operator created after the result had been cancelled, which could not be cancelled there. */
    ORPHAN_ORDER,
    /** An operator returned a result without two delivery attempts two working days apart (Circular 17/2017 Art. 5). */
    RETURN_RULE
}
