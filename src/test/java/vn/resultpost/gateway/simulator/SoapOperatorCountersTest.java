package vn.resultpost.gateway.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SOAP operator simulator's counters: by name, sorted in a copy; create calls per retained reference. */
class SoapOperatorCountersTest {

    @Test
    void countsByNameAndCreateCallsPerReference() {
        SoapOperatorCounters counters = new SoapOperatorCounters(2);
        counters.count("GetTracking");
        counters.count("CreateShipment");
        counters.count("CreateShipment");
        counters.createCall("r1");
        counters.createCall("r1");
        counters.createCall("r2");
        counters.createCall("r3"); // drops r1, the oldest

        Map<String, Integer> snapshot = counters.snapshot();
        counters.count("faults");

        assertThat(snapshot).containsExactly(Map.entry("CreateShipment", 2), Map.entry("GetTracking", 1));
        assertThat(counters.snapshot()).containsEntry("faults", 1);
        assertThat(counters.createCallsFor("r1")).isZero();
        assertThat(counters.createCallsFor("r2")).isEqualTo(1);
        assertThat(counters.createCallsFor("unknown")).isZero();
    }
}
