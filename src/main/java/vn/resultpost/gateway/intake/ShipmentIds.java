package vn.resultpost.gateway.intake;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.NoArgGenerator;

/**
 * New shipment ids: UUIDs of version 7 (RFC 9562), a millisecond timestamp then random bits, so ids sort in the
 * order they were made. The shipment's primary key, the timeline's indexes and every other index led by a shipment
 * id then take each new entry at their right-hand end, where the shipments still moving are, instead of at a random
 * page: fewer pages written per commit.
 */
public final class ShipmentIds {

    private static final NoArgGenerator GENERATOR = Generators.timeBasedEpochGenerator();

    private ShipmentIds() {
    }

    /** A new id as the UUID's lower-case text; ids made one after another sort in that order, even within a ms. */
    public static String next() {
        return GENERATOR.generate().toString();
    }
}
