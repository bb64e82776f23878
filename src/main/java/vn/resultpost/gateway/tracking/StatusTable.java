package vn.resultpost.gateway.tracking;

import java.util.Map;
import java.util.Optional;
import vn.resultpost.gateway.canonical.ShipmentStatus;

/**
 * One operator's versioned mapping from its own status codes to canonical statuses. A code maps to a
 * status (applied through the state machine) or is informational (recorded, not applied); a code
 * not in the table is never guessed: the event is held for review.
 */
public record StatusTable(String operator, String version, Map<String, Entry> codes) {

    public StatusTable {
        codes = Map.copyOf(codes);
    }

    public Optional<Entry> lookup(String code) {
        return Optional.ofNullable(code).map(codes::get);
    }

    /** The meaning of one operator code: {@code status} is empty for informational codes. */
    public record Entry(Optional<ShipmentStatus> status, String text) {

        public boolean informational() {
            return status.isEmpty();
        }
    }
}
