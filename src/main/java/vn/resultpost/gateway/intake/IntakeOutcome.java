package vn.resultpost.gateway.intake;

import vn.resultpost.gateway.canonical.Shipment;

/** What intake did with a valid submission. */
public sealed interface IntakeOutcome {

    Shipment shipment();

    /** A new shipment was created. */
    record Created(Shipment shipment) implements IntakeOutcome {
    }

    /** The same result was already submitted with the same content: the existing shipment. */
    record Existing(Shipment shipment) implements IntakeOutcome {
    }

    /** The same (agency, dossier) was already submitted with different content. */
    record Conflict(Shipment shipment) implements IntakeOutcome {
    }
}
