package vn.resultpost.gateway.simulator;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** SIMULATOR: shipment records by waybill and by reference, one lock and one eviction for both, at most {@code limit}. */
final class WaybillReferenceIndex<V> {

    private final Function<V, String> waybillOf;
    private final Function<V, String> referenceOf;
    private final Map<String, V> byWaybill;
    private final Map<String, V> byReference = new HashMap<>();

    /**
     * @param limit       the records held (0: all); past it the oldest added goes, from both indexes at once
     * @param waybillOf   a record's waybill
     * @param referenceOf a record's reference (the caller's id of the shipment)
     */
    WaybillReferenceIndex(int limit, Function<V, String> waybillOf, Function<V, String> referenceOf) {
        if (limit < 0) {
            throw new IllegalArgumentException("a record limit must be >= 0 (0: keep all), was " + limit);
        }
        this.waybillOf = waybillOf;
        this.referenceOf = referenceOf;
        this.byWaybill = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                if (limit > 0 && size() > limit) {
                    byReference.remove(referenceOf.apply(eldest.getValue()), eldest.getValue());
                    return true;
                }
                return false;
            }
        };
    }

    /** Adds a record under its waybill and its reference (either held already then names the new record). */
    synchronized void add(V record) {
        byReference.put(referenceOf.apply(record), record);
        V replaced = byWaybill.put(waybillOf.apply(record), record);
        if (replaced != null && replaced != record) {
            byReference.remove(referenceOf.apply(replaced), replaced);
        }
    }

    synchronized V byWaybill(String waybill) {
        return byWaybill.get(waybill);
    }

    synchronized V byReference(String reference) {
        return byReference.get(reference);
    }

    synchronized boolean holdsReference(String reference) {
        return byReference.containsKey(reference);
    }

    synchronized int size() {
        return byWaybill.size();
    }

    /** A copy of the records held, oldest first. */
    synchronized List<V> values() {
        return List.copyOf(byWaybill.values());
    }
}
