package vn.resultpost.gateway.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StageSubjectTest {

    @Test
    void aBodyThatIsAShipmentIdNamesTheShipment() {
        assertThat(StageSubject.describe("68f55cf9-1f0e-4c8a-9d2b-0a1b2c3d4e5f\n", null, "ID:1"))
                .isEqualTo("shipment 68f55cf9-1f0e-4c8a-9d2b-0a1b2c3d4e5f");
    }

    @Test
    void otherwiseTheMessageGroupThenTheMessageId() {
        assertThat(StageSubject.describe("{\"waybill\":\"EB1VN\"}", "vnpost:EB1VN", "ID:1")).isEqualTo("group vnpost:EB1VN");
        assertThat(StageSubject.describe("no-such-shipment", null, "ID:1")).isEqualTo("message ID:1");
        assertThat(StageSubject.describe(null, null, null)).isEqualTo("a message without id");
    }
}
