package vn.resultpost.gateway.operator.vnposthcc;

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
import vn.resultpost.gateway.canonical.ResultDocument;
import vn.resultpost.gateway.canonical.SenderAgency;
import vn.resultpost.gateway.canonical.ServiceLevel;
import vn.resultpost.gateway.canonical.ShipmentOrder;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccMessages.PostOrder;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccOrderMapper.Mapping;

class VnpostHccOrderMapperTest {

    private final VnpostHccOrderMapper mapper = new VnpostHccOrderMapper(VnpostHccSamples.CUSTOMER_CODE,
            VnpostHccSamples.SERVICE_CODES, VnpostHccSamples.LOCATIONS, VnpostHccSamples.UNITS);

    private PostOrder body(ShipmentOrder order) {
        Mapping m = mapper.map(order);
        assertThat(m).isInstanceOf(Mapping.Mapped.class);
        return ((Mapping.Mapped) m).body();
    }

    @Test
    void mapsCanonicalOrderToPostOrderBody() throws Exception {
        String actual = new ObjectMapper().writeValueAsString(body(VnpostHccSamples.order()));

        JSONAssert.assertEquals(Fixtures.read("vnpost-hcc/post-order.json"), actual, JSONCompareMode.STRICT);
    }

    @Test
    void receiverInAnotherOldDistrictGetsThatDistrictAndKeepsThe2025Codes() {
        PostOrder body = body(VnpostHccSamples.order(ServiceLevel.STANDARD, null,
                new Address("01", "00166", "Số 5 đường Cầu Giấy")));

        assertThat(body.receiverProvince()).isEqualTo("01");
        assertThat(body.receiverDistrict()).isEqualTo("005");
        assertThat(body.receiverProvince2025()).isEqualTo("01");
        assertThat(body.receiverWard2025()).isEqualTo("00166");
        assertThat(body.receiverAddress()).isEqualTo("Số 5 đường Cầu Giấy, Phường Cầu Giấy, Thành phố Hà Nội");
        assertThat(body.senderDistrict()).isEqualTo("001");
    }

    @Test
    void receiverWardMissingFromTheTableIsUnmappedNamingIt() {
        Mapping m = mapper.map(VnpostHccSamples.order(ServiceLevel.STANDARD, null,
                new Address("79", "25747", "Số 1 Lê Lợi")));

        assertThat(m).isInstanceOf(Mapping.Unmapped.class);
        assertThat(((Mapping.Unmapped) m).reason()).contains("receiver", "79", "25747",
                "config/operators/locations/vnpost-hcc.yml");
    }

    @Test
    void senderWardMissingFromTheTableIsUnmapped() {
        ShipmentOrder order = new ShipmentOrder(VnpostHccSamples.REFERENCE,
                VnpostHccSamples.submission(ServiceLevel.STANDARD, null, VnpostHccSamples.receiverAddress()),
                new SenderAgency("X", "UBND", "0243", new Address("01", "00091", "")));

        assertThat(mapper.map(order)).isInstanceOfSatisfying(Mapping.Unmapped.class,
                u -> assertThat(u.reason()).startsWith("sender").contains("00091"));
    }

    @Test
    void expressUsesConfiguredServiceCode() {
        assertThat(body(VnpostHccSamples.order(ServiceLevel.EXPRESS, null, VnpostHccSamples.receiverAddress()))
                .serviceCode()).isEqualTo("EMS");
    }

    @Test
    void declaredWeightWinsOverDefault() {
        assertThat(body(VnpostHccSamples.order(ServiceLevel.STANDARD, 750, VnpostHccSamples.receiverAddress()))
                .weight()).isEqualTo(750);
    }

    @Test
    void defaultWeightAndDocumentLineCountCopies() {
        List<ResultDocument> docs = List.of(new ResultDocument("A", 3, true), new ResultDocument("B", null, false));

        assertThat(VnpostHccOrderMapper.weight(docs)).isEqualTo(50 + 4 * 20);
        assertThat(VnpostHccOrderMapper.documents(docs)).isEqualTo("A (bản chính) x3; B x1");
    }

    @Test
    void serviceLevelWithoutConfiguredCodeFailsNamingTheProperty() {
        VnpostHccOrderMapper standardOnly = new VnpostHccOrderMapper(VnpostHccSamples.CUSTOMER_CODE,
                Map.of("STANDARD", "HCC"), VnpostHccSamples.LOCATIONS, VnpostHccSamples.UNITS);

        assertThatThrownBy(() -> standardOnly.map(VnpostHccSamples.order(ServiceLevel.EXPRESS, null,
                VnpostHccSamples.receiverAddress())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("EXPRESS")
                .hasMessageContaining("gateway.operators.vnpost-hcc.service-codes");
    }
}
