package vn.resultpost.gateway.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MBeanCountersTest {

    private static final String ANSWER = """
            {"request":{"type":"read"},"status":200,"value":{
              "org.apache.activemq.artemis:address=\\"gateway.orders\\",broker=\\"localhost\\",component=addresses,queue=\\"gateway.orders\\",routing-type=\\"anycast\\",subcomponent=queues":{"MessagesAdded":120},
              "org.apache.activemq.artemis:address=\\"gateway.reports\\",broker=\\"localhost\\",component=addresses,queue=\\"gateway.reports\\",routing-type=\\"anycast\\",subcomponent=queues":{"MessagesAdded":700},
              "org.apache.activemq.artemis:address=\\"DLQ.gateway.orders\\",broker=\\"localhost\\",component=addresses,queue=\\"DLQ.gateway.orders\\",routing-type=\\"anycast\\",subcomponent=queues":{"MessagesAdded":0}
            }}""";

    @Test
    void readsMessagesAddedPerQueueFromAJolokiaPatternRead() throws Exception {
        assertThat(MBeanCounters.parse(new ObjectMapper().readTree(ANSWER), "MessagesAdded", MBeanCounters.QUEUE_NAME)).containsExactly(
                Map.entry("DLQ.gateway.orders", 0L), Map.entry("gateway.orders", 120L), Map.entry("gateway.reports", 700L));
    }

    @Test
    void aRefusedReadIsNoCount() throws Exception {
        assertThat(MBeanCounters.parse(new ObjectMapper().readTree("{\"status\":403,\"error\":\"denied\"}"), "MessagesAdded", MBeanCounters.QUEUE_NAME)).isEmpty();
        assertThat(MBeanCounters.parse(null, "MessagesAdded", MBeanCounters.QUEUE_NAME)).isEmpty();
    }

    @Test
    void recordsMessagesPerShipmentOfThePhaseOnly() {
        Map<String, Object> result = new LinkedHashMap<>();
        MBeanCounters.record(Map.of("gateway.orders", 20L, "gateway.reports", 100L),
                Map.of("gateway.orders", 120L, "gateway.reports", 700L, "DLQ.gateway.orders", 0L), 100, result);

        assertThat(result).containsEntry("brokerMessagesPerShipment", 7.0)
                .containsEntry("brokerMessagesByQueue", Map.of("gateway.orders", 100L, "gateway.reports", 600L));
    }

    @Test
    void sumsH2FileWritesOverItsMBeans() throws Exception {
        String answer = """
                {"status":200,"value":{
                  "org.h2:name=gateway,path=/data/db/gateway":{"FileWriteCount":1500},
                  "org.h2:name=other,path=/data/db/other":{"FileWriteCount":20}}}""";
        assertThat(MBeanCounters.parse(new ObjectMapper().readTree(answer), "FileWriteCount", ".*").values())
                .containsExactlyInAnyOrder(1500L, 20L);
    }

    @Test
    void recordsH2FileWritesPerShipmentOnlyWithBothReadings() {
        Map<String, Object> result = new LinkedHashMap<>();
        MBeanCounters.recordH2(1000, 1650, 100, result);
        assertThat(result).containsEntry("h2FileWritesPerShipment", 6.5);

        Map<String, Object> none = new LinkedHashMap<>();
        MBeanCounters.recordH2(-1, 1650, 100, none);
        MBeanCounters.recordH2(1000, -1, 100, none);
        assertThat(none).isEmpty();
    }

    @Test
    void recordsNothingWithoutAReading() {
        Map<String, Object> result = new LinkedHashMap<>();
        MBeanCounters.record(Map.of(), Map.of(), 100, result);
        assertThat(result).isEmpty();
    }
}
