package vn.resultpost.gateway.canonical;

/**
 * Canonical shipment status. The rank orders the lifecycle; the state machine never moves to a
 * lower rank. Out-for-delivery and delivery-failed share a rank: a redelivery loops between them.
 */
public enum ShipmentStatus {
    ACCEPTED(0, "9"),
    ORDER_CREATED(10, "9"),
    PICKED_UP(20, "9"),
    IN_TRANSIT(30, "9"),
    OUT_FOR_DELIVERY(40, "9"),
    DELIVERY_FAILED(40, "9"),
    RETURNING(60, "9"),
    DELIVERED(100, "10"),
    RETURNED_TO_AGENCY(100, "9"),
    CANCELLED(100, "9"),
    REJECTED(100, "9");

    private final int rank;
    private final String dossierStatusCode;

    ShipmentStatus(int rank, String dossierStatusCode) {
        this.rank = rank;
        this.dossierStatusCode = dossierStatusCode;
    }

    public int rank() {
        return rank;
    }

    /** No transition leaves a terminal status. */
    public boolean terminal() {
        return rank == 100;
    }

    /**
     * The dossier-system status (TrangThaiHoSo) this status corresponds to: 10 "result returned"
     * only after a confirmed delivery, otherwise 9 "processed, result ready".
     */
    public String dossierStatusCode() {
        return dossierStatusCode;
    }
}
