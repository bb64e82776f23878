package vn.resultpost.gateway.intake;

/** The ways a dossier system hands results to the gateway; each agency may be limited to some of them. */
public enum Channel {
    /** {@code POST /api/v1/results}. */
    REST,
    /** The SOAP service {@code /services/results}. */
    SOAP,
    /** The inbound JMS queue. */
    JMS,
    /** The gateway polls the dossier system's list of results ready for postal return. */
    POLLING,
    /** CSV or XML batch files dropped in a folder. */
    BATCH
}
