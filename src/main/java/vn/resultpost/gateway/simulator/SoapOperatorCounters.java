package vn.resultpost.gateway.simulator;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** SIMULATOR: the SOAP operator simulator's counters by name, and its CreateShipment calls per reference. */
final class SoapOperatorCounters {

    private final Map<String, AtomicInteger> counters = new ConcurrentHashMap<>();
    private final RetainedRecords<String, Integer> createCallsByReference;

    /** @param retained the references whose CreateShipment calls are kept (0: all) */
    SoapOperatorCounters(int retained) {
        this.createCallsByReference = new RetainedRecords<>(retained);
    }

    /** Counts one more of {@code name}. */
    void count(String name) {
        counters.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
    }

    /** Counts one more CreateShipment call with this reference. */
    void createCall(String reference) {
        createCallsByReference.merge(reference, 1, Integer::sum);
    }

    /** CreateShipment calls received with this reference, if still retained. */
    int createCallsFor(String reference) {
        return createCallsByReference.getOrDefault(reference, 0);
    }

    /** A copy of the counters, by name. */
    Map<String, Integer> snapshot() {
        Map<String, Integer> copy = new TreeMap<>();
        counters.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }
}
