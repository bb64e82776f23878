package vn.resultpost.gateway.audit;

/** Which way a message travelled, seen from the gateway. */
public enum Direction {
    /** Received by the gateway (a submission, an operator's reply or webhook). */
    IN,
    /** Sent by the gateway (an operator request, a status report). */
    OUT
}
