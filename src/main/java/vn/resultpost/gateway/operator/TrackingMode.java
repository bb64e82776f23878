package vn.resultpost.gateway.operator;

/** How an operator tells the gateway about status changes. */
public enum TrackingMode {
    /** The operator pushes events to the gateway's webhook ({@code POST /api/v1/operators/{code}/events}). */
    PUSH,
    /** The operator must be asked: the tracking poller calls {@link PostalOperator#track} for open shipments. */
    POLL
}
