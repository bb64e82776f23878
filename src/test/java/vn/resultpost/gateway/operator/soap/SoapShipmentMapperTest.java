package vn.resultpost.gateway.operator.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.canonical.OrderRef;
import vn.resultpost.gateway.canonical.ResultDocument;
import vn.resultpost.gateway.canonical.ServiceLevel;
import vn.resultpost.gateway.canonical.ShipmentOrder;

class SoapShipmentMapperTest {

    private final SoapShipmentMapper mapper = new SoapShipmentMapper(GenericSoapSamples.SERVICE_CODES);

    @Test
    void mapsCanonicalOrderToTheCreateShipmentFixture() {
        String actual = mapper.createShipment(GenericSoapSamples.order());

        Diff diff = DiffBuilder.compare(Fixtures.read("generic-soap/create-shipment.xml")).withTest(actual)
                .ignoreWhitespace().ignoreComments().checkForIdentical().build();
        assertThat(diff.hasDifferences()).as(diff.fullDescription() + "\n" + actual).isFalse();
    }

    @Test
    void theCreateShipmentPayloadIsValidAgainstTheContract() throws Exception {
        GenericSoapSamples.assertValid(mapper.createShipment(GenericSoapSamples.order()));
        GenericSoapSamples.assertValid(mapper.createShipment(GenericSoapSamples.order(ServiceLevel.EXPRESS, 750)));
    }

    @Test
    void serialisationIsDeterministic() {
        assertThat(mapper.createShipment(GenericSoapSamples.order()))
                .isEqualTo(mapper.createShipment(GenericSoapSamples.order()))
                .startsWith("<po:CreateShipment xmlns:po=\"urn:resultpost:postal-operator:v1\"><po:reference>");
    }

    @Test
    void expressUsesTheConfiguredServiceCodeAndDeclaredWeightWins() {
        String xml = mapper.createShipment(GenericSoapSamples.order(ServiceLevel.EXPRESS, 750));

        assertThat(SoapOperatorXml.text(SoapOperatorXml.parse(xml), "serviceCode")).isEqualTo("EXP");
        assertThat(SoapOperatorXml.text(SoapOperatorXml.parse(xml), "weightGrams")).isEqualTo("750");
    }

    @Test
    void defaultWeightIsEnvelopePlusTwentyGramsPerCopy() {
        List<ResultDocument> docs = List.of(new ResultDocument("A", 3, true),
                new ResultDocument("B", null, false), new ResultDocument("C", 2, false));
        ShipmentOrder order = new ShipmentOrder(GenericSoapSamples.REFERENCE,
                GenericSoapSamples.submission(ServiceLevel.STANDARD, null, docs), GenericSoapSamples.sender());

        String xml = mapper.createShipment(order);

        assertThat(SoapOperatorXml.text(SoapOperatorXml.parse(xml), "weightGrams")).isEqualTo(String.valueOf(50 + 6 * 20));
        assertThat(SoapOperatorXml.children(SoapOperatorXml.child(SoapOperatorXml.parse(xml), "documents"), "document"))
                .extracting(d -> SoapOperatorXml.text(d, "copies")).containsExactly("3", "1", "2");
    }

    @Test
    void serviceLevelWithoutConfiguredCodeFailsNamingTheProperty() {
        SoapShipmentMapper standardOnly = new SoapShipmentMapper(Map.of("STANDARD", "STD"));

        assertThatThrownBy(() -> standardOnly.createShipment(GenericSoapSamples.order(ServiceLevel.EXPRESS, null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("EXPRESS")
                .hasMessageContaining("gateway.operators.generic-soap.service-codes");
    }

    @Test
    void cancelAndTrackingPayloadsAreValidAndTrackByWaybillElseByReference() throws Exception {
        String cancel = mapper.cancelShipment(GenericSoapSamples.WAYBILL, "Cancelled by the sending agency");
        String byWaybill = mapper.getTracking(new OrderRef(GenericSoapSamples.REFERENCE, GenericSoapSamples.WAYBILL));
        String byReference = mapper.getTracking(new OrderRef(GenericSoapSamples.REFERENCE, null));

        assertThat(cancel).isEqualTo("<po:CancelShipment xmlns:po=\"urn:resultpost:postal-operator:v1\">"
                + "<po:waybill>GS123456785VN</po:waybill><po:reason>Cancelled by the sending agency</po:reason>"
                + "</po:CancelShipment>");
        assertThat(byWaybill).isEqualTo("<po:GetTracking xmlns:po=\"urn:resultpost:postal-operator:v1\">"
                + "<po:waybill>GS123456785VN</po:waybill></po:GetTracking>");
        assertThat(byReference).contains("<po:reference>" + GenericSoapSamples.REFERENCE + "</po:reference>")
                .doesNotContain("waybill");
        for (String xml : List.of(cancel, byWaybill, byReference)) {
            GenericSoapSamples.assertValid(xml);
        }
    }
}
