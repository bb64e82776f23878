package vn.resultpost.gateway.operator.vnpost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.canonical.ResultDocument;
import vn.resultpost.gateway.canonical.ServiceLevel;
import vn.resultpost.gateway.canonical.ShipmentOrder;
import vn.resultpost.gateway.operator.vnpost.VnpostMessages.CreateOrder;

class VnpostOrderMapperTest {

    private final VnpostOrderMapper mapper = new VnpostOrderMapper(VnpostSamples.CUSTOMER_CODE,
            Map.of("STANDARD", "CTN", "EXPRESS", "EMS"));

    @Test
    void mapsCanonicalOrderToCreateOrderBody() throws Exception {
        CreateOrder body = mapper.map(VnpostSamples.order());

        String actual = new ObjectMapper().writeValueAsString(body);

        JSONAssert.assertEquals(Fixtures.read("vnpost/create-order.json"), actual, JSONCompareMode.STRICT);
    }

    @Test
    void expressUsesConfiguredServiceCode() {
        CreateOrder body = mapper.map(VnpostSamples.order(ServiceLevel.EXPRESS, null));

        assertThat(body.serviceCode()).isEqualTo("EMS");
    }

    @Test
    void declaredWeightWinsOverDefault() {
        CreateOrder body = mapper.map(VnpostSamples.order(ServiceLevel.STANDARD, 750));

        assertThat(body.weightGrams()).isEqualTo(750);
    }

    @Test
    void defaultWeightIsEnvelopePlusTwentyGramsPerCopy() {
        List<ResultDocument> docs = List.of(new ResultDocument("A", 3, true),
                new ResultDocument("B", null, false), new ResultDocument("C", 2, false));
        ShipmentOrder order = new ShipmentOrder(VnpostSamples.REFERENCE,
                VnpostSamples.submission(ServiceLevel.STANDARD, null, docs), VnpostSamples.sender());

        CreateOrder body = mapper.map(order);

        // 50 g envelope + (3 + 1 + 2) copies x 20 g; a document without copies counts as one
        assertThat(body.weightGrams()).isEqualTo(50 + 6 * 20);
        assertThat(body.items()).extracting(VnpostMessages.Item::copies).containsExactly(3, 1, 2);
    }

    @Test
    void serviceLevelWithoutConfiguredCodeFailsNamingTheProperty() {
        VnpostOrderMapper standardOnly = new VnpostOrderMapper(VnpostSamples.CUSTOMER_CODE,
                Map.of("STANDARD", "CTN"));

        assertThatThrownBy(() -> standardOnly.map(VnpostSamples.order(ServiceLevel.EXPRESS, null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("EXPRESS")
                .hasMessageContaining("gateway.operators.vnpost.service-codes");
    }
}
