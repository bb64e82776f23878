package vn.resultpost.gateway.operator.viettelpost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.canonical.Address;
import vn.resultpost.gateway.canonical.OrderOutcome;
import vn.resultpost.gateway.canonical.ResultDocument;
import vn.resultpost.gateway.canonical.SenderAgency;
import vn.resultpost.gateway.canonical.ServiceLevel;
import vn.resultpost.gateway.canonical.ShipmentOrder;
import vn.resultpost.gateway.operator.viettelpost.ViettelpostMessages.CreateOrder;
import vn.resultpost.gateway.operator.viettelpost.ViettelpostOrderMapper.Refused;
import vn.resultpost.gateway.operator.viettelpost.ViettelpostOrderMapper.Request;

class ViettelpostOrderMapperTest {

    private final ViettelpostOrderMapper mapper = new ViettelpostOrderMapper(ViettelpostSamples.locations(),
            ViettelpostSamples.SERVICES, 3, 1);

    @Test
    void mapsCanonicalOrderToCreateOrderBody() throws Exception {
        String actual = new ObjectMapper().writeValueAsString(body(ViettelpostSamples.order()));

        JSONAssert.assertEquals(Fixtures.read("viettelpost/create-order.json"), actual, JSONCompareMode.STRICT);
    }

    @Test
    void expressUsesConfiguredServiceCode() {
        CreateOrder body = body(ViettelpostSamples.order(ServiceLevel.EXPRESS, null, 0L,
                ViettelpostSamples.receiverAddress()));

        assertThat(body.orderService()).isEqualTo("VHT");
    }

    @Test
    void withoutCodNothingIsCollectedAndThePaymentModeSaysSo() {
        CreateOrder body = body(ViettelpostSamples.order(ServiceLevel.STANDARD, null, null,
                ViettelpostSamples.receiverAddress()));

        assertThat(body.moneyCollection()).isZero();
        assertThat(body.orderPayment()).isEqualTo(1);
    }

    @Test
    void declaredWeightWinsOverDefault() {
        assertThat(body(ViettelpostSamples.order(ServiceLevel.STANDARD, 750, 0L, ViettelpostSamples.receiverAddress()))
                .productWeight()).isEqualTo(750);
    }

    @Test
    void defaultWeightIsEnvelopePlusTwentyGramsPerCopy() {
        List<ResultDocument> docs = List.of(new ResultDocument("A", 3, true),
                new ResultDocument("B", null, false), new ResultDocument("C", 2, false));
        ShipmentOrder order = new ShipmentOrder(ViettelpostSamples.REFERENCE, ViettelpostSamples.submission(
                ServiceLevel.STANDARD, null, 0L, ViettelpostSamples.receiverAddress(), docs), ViettelpostSamples.sender());

        CreateOrder body = body(order);

        assertThat(body.productWeight()).isEqualTo(50 + 6 * 20);
        assertThat(body.productQuantity()).isEqualTo(6);
        assertThat(body.listItem()).extracting(ViettelpostMessages.Item::productQuantity).containsExactly(3, 1, 2);
        assertThat(body.listItem()).extracting(ViettelpostMessages.Item::productName)
                .containsExactly("A (bản chính)", "B", "C");
    }

    @Test
    void receiverWardMissingFromTheTableIsRejectedNamingTheWard() {
        ShipmentOrder order = ViettelpostSamples.order(ServiceLevel.STANDARD, null, 0L,
                new Address("01", "00091", "Số 3 phố Trần Duy Hưng"));

        ViettelpostOrderMapper.Mapping mapping = mapper.map(order);

        assertThat(mapping).isInstanceOf(Refused.class);
        OrderOutcome.Rejected rejected = ((Refused) mapping).rejection();
        assertThat(rejected.code()).isEqualTo("NO_LOCATION_MAPPING");
        assertThat(rejected.reason()).contains("receiver", "ward 00091", "config/operators/locations/viettelpost.yml");
    }

    @Test
    void receiverProvinceMissingFromTheTableIsRejectedNamingTheProvince() {
        ShipmentOrder order = ViettelpostSamples.order(ServiceLevel.STANDARD, null, 0L,
                new Address("79", "26734", "Số 5 đường Lê Lợi"));

        OrderOutcome.Rejected rejected = ((Refused) mapper.map(order)).rejection();

        assertThat(rejected.code()).isEqualTo("NO_LOCATION_MAPPING");
        assertThat(rejected.reason()).contains("receiver", "province 79");
    }

    @Test
    void senderWardMissingFromTheTableIsRejectedNamingTheAgency() {
        SenderAgency elsewhere = new SenderAgency("000.00.99.H26", "UBND phường Láng", "02438888888",
                new Address("01", "00091", "Số 1 phố Láng Hạ"));
        ShipmentOrder order = new ShipmentOrder(ViettelpostSamples.REFERENCE, ViettelpostSamples.order().result(),
                elsewhere);

        OrderOutcome.Rejected rejected = ((Refused) mapper.map(order)).rejection();

        assertThat(rejected.reason()).contains("sender (agency 000.00.99.H26)", "ward 00091");
    }

    @Test
    void serviceLevelWithoutConfiguredCodeFailsNamingTheProperty() {
        ViettelpostOrderMapper standardOnly = new ViettelpostOrderMapper(ViettelpostSamples.locations(),
                Map.of("STANDARD", "VCN"), 3, 1);

        assertThatThrownBy(() -> standardOnly.map(ViettelpostSamples.order(ServiceLevel.EXPRESS, null, 0L,
                ViettelpostSamples.receiverAddress())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("EXPRESS")
                .hasMessageContaining("gateway.operators.viettelpost.service-codes");
    }

    private CreateOrder body(ShipmentOrder order) {
        ViettelpostOrderMapper.Mapping mapping = mapper.map(order);
        assertThat(mapping).isInstanceOf(Request.class);
        return ((Request) mapping).body();
    }
}
