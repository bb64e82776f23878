package vn.resultpost.gateway.intake;

import vn.resultpost.gateway.canonical.Shipment;

/** What intake did with a valid submission. */
public sealed interface IntakeOutcome {

    Shipment shipment();

    /**
     * A new shipment was created; {@code heldForReview} says why its order waits for a person (null when
     * the order is on its way).
     */
    record Created(Shipment shipment, String heldForReview) implements IntakeOutcome {

        public Created(Shipment shipment) {
            this(shipment, null);
        }
    }

    /** The same result was already submitted with the same content: the existing shipment. */
    record Existing(Shipment shipment) implements IntakeOutcome {
    }

    /** The same (agency, dossier) was already submitted with different content. */
    record Conflict(Shipment shipment) implements IntakeOutcome {
    }
}
