package vn.resultpost.gateway.operator.soap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.canonical.CancelOutcome;
import vn.resultpost.gateway.canonical.OperatorStatusEvent;
import vn.resultpost.gateway.canonical.OrderOutcome;
import vn.resultpost.gateway.canonical.OrderRef;
import vn.resultpost.gateway.canonical.TrackOutcome;

class SoapResponseParserTest {

    private static final OrderRef ORDER = new OrderRef(GenericSoapSamples.REFERENCE, GenericSoapSamples.WAYBILL);
    private final SoapResponseParser parser = new SoapResponseParser();

    @ParameterizedTest
    @ValueSource(strings = {"create-accepted.xml", "create-duplicate.xml", "create-rejected.xml", "tracking.xml",
            "tracking-not-found.xml", "cancel-cancelled.xml", "cancel-too-late.xml"})
    void replyFixturesAreValidAgainstTheContract(String fixture) throws Exception {
        GenericSoapSamples.assertValid(Fixtures.read("generic-soap/" + fixture));
    }

    // --- CreateShipment

    @Test
    void acceptedGivesWaybillAndFee() {
        assertThat(parser.createOutcome(Fixtures.read("generic-soap/create-accepted.xml")))
                .isEqualTo(new OrderOutcome.Accepted(GenericSoapSamples.WAYBILL, 16_500L));
    }

    @Test
    void acceptedWithoutFeeHasNoFee() {
        String xml = "<CreateShipmentResponse xmlns='urn:resultpost:postal-operator:v1'><result>ACCEPTED</result>"
                + "<waybill>GS1</waybill></CreateShipmentResponse>";
        assertThat(parser.createOutcome(xml)).isEqualTo(new OrderOutcome.Accepted("GS1", null));
    }

    @Test
    void duplicateReferenceGivesTheExistingWaybill() {
        assertThat(parser.createOutcome(Fixtures.read("generic-soap/create-duplicate.xml")))
                .isEqualTo(new OrderOutcome.Duplicate(GenericSoapSamples.WAYBILL));
    }

    @Test
    void rejectedGivesCodeAndReason() {
        assertThat(parser.createOutcome(Fixtures.read("generic-soap/create-rejected.xml")))
                .isEqualTo(new OrderOutcome.Rejected("WARD_NOT_SERVED",
                        "Xã 26734 không có điểm phát / ward 26734 is not served"));
    }

    @Test
    void serverFaultIsRetryableWithItsDetail() {
        OrderOutcome outcome = parser.createOutcome(Fixtures.read("generic-soap/fault.xml"));

        assertThat(outcome).isInstanceOf(OrderOutcome.Retryable.class);
        assertThat(((OrderOutcome.Retryable) outcome).reason())
                .contains("soap:Server", "Database unavailable", "DB_DOWN");
    }

    @Test
    void securityFaultIsRetryableAndNamesTheCredentials() {
        OrderOutcome outcome = parser.createOutcome(Fixtures.read("generic-soap/fault-security.xml"));

        assertThat(outcome).isInstanceOf(OrderOutcome.Retryable.class);
        assertThat(((OrderOutcome.Retryable) outcome).reason())
                .contains("SecurityError", "gateway.operators.generic-soap.username");
    }

    @Test
    void aFaultEchoingAPhoneNumberIsMaskedInTheReason() {
        String fault = "<soap:Fault xmlns:soap='http://schemas.xmlsoap.org/soap/envelope/'><faultcode>soap:Client"
                + "</faultcode><faultstring>cvc-pattern-valid: Value '0912345678' is not facet-valid</faultstring>"
                + "</soap:Fault>";
        assertThat(((OrderOutcome.Retryable) parser.createOutcome(fault)).reason())
                .contains("*******678").doesNotContain("0912345678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"wsse:FailedAuthentication", "wsse:InvalidSecurityToken", "MessageExpired"})
    void everyWsSecurityFaultCodeNamesTheCredentials(String code) {
        String fault = "<soap:Fault xmlns:soap='http://schemas.xmlsoap.org/soap/envelope/'><faultcode>" + code
                + "</faultcode><faultstring>refused</faultstring></soap:Fault>";
        assertThat(((OrderOutcome.Retryable) parser.createOutcome(fault)).reason())
                .contains("WS-Security credentials", "gateway.operators.generic-soap.username");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "not xml", "<html><body>502 Bad Gateway</body></html>",
            "<CreateShipmentResponse xmlns='urn:other'><result>ACCEPTED</result><waybill>X</waybill></CreateShipmentResponse>",
            "<po:CreateShipmentResponse xmlns:po='urn:resultpost:postal-operator:v1'/>",
            "<po:CreateShipmentResponse xmlns:po='urn:resultpost:postal-operator:v1'><po:result>MAYBE</po:result></po:CreateShipmentResponse>",
            "<po:CreateShipmentResponse xmlns:po='urn:resultpost:postal-operator:v1'><po:result>ACCEPTED</po:result></po:CreateShipmentResponse>",
            "<po:CreateShipmentResponse xmlns:po='urn:resultpost:postal-operator:v1'><po:result>ACCEPTED</po:result><po:waybill>W</po:waybill><po:fee>12.5</po:fee></po:CreateShipmentResponse>",
            "<!DOCTYPE x [<!ENTITY e 'e'>]><po:CreateShipmentResponse xmlns:po='urn:resultpost:postal-operator:v1'/>",
            "<po:GetTrackingResponse xmlns:po='urn:resultpost:postal-operator:v1'><po:result>FOUND</po:result></po:GetTrackingResponse>"})
    void unreadableRepliesAreRetryable(String xml) {
        assertThat(parser.createOutcome(xml)).isInstanceOf(OrderOutcome.Retryable.class);
    }

    // --- CancelShipment

    @Test
    void cancelReplies() {
        assertThat(parser.cancelOutcome(Fixtures.read("generic-soap/cancel-cancelled.xml")))
                .isEqualTo(new CancelOutcome.Cancelled());
        assertThat(parser.cancelOutcome(Fixtures.read("generic-soap/cancel-too-late.xml")))
                .isEqualTo(new CancelOutcome.TooLate("Picked up at 2026-11-28T09:10:00+07:00"));
        assertThat(parser.cancelOutcome("<po:CancelShipmentResponse xmlns:po='urn:resultpost:postal-operator:v1'>"
                + "<po:result>NOT_FOUND</po:result></po:CancelShipmentResponse>"))
                .isEqualTo(new CancelOutcome.TooLate("NOT_FOUND"));
        assertThat(parser.cancelOutcome(Fixtures.read("generic-soap/fault.xml")))
                .isInstanceOf(CancelOutcome.Retryable.class);
        assertThat(parser.cancelOutcome("garbage")).isInstanceOf(CancelOutcome.Retryable.class);
    }

    // --- GetTracking

    @Test
    void trackingListsEveryEventOldestFirst() {
        TrackOutcome outcome = parser.trackOutcome(ORDER, Fixtures.read("generic-soap/tracking.xml"));

        List<OperatorStatusEvent> events = ((TrackOutcome.Events) outcome).events();
        assertThat(events).extracting(OperatorStatusEvent::statusCode)
                .containsExactly("PICKED_UP", "IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERY_FAILED");
        assertThat(events.get(0)).isEqualTo(new OperatorStatusEvent("generic-soap", GenericSoapSamples.WAYBILL,
                GenericSoapSamples.REFERENCE, "PICKED_UP", "Đã nhận hàng tại cơ quan gửi",
                Instant.parse("2026-11-28T02:10:00Z")));
        assertThat(events.get(2).statusText()).isNull();
        assertThat(events.get(3).occurredAt()).isEqualTo(Instant.parse("2026-11-29T03:30:00.250Z"));
    }

    @Test
    void trackingEventsOutOfOrderAreSortedAndLocalTimesAreVietnamTime() {
        String xml = "<po:GetTrackingResponse xmlns:po='urn:resultpost:postal-operator:v1'><po:result>FOUND</po:result>"
                + "<po:events><po:event><po:code>IN_TRANSIT</po:code><po:time>2026-11-28T14:00:00</po:time></po:event>"
                + "<po:event><po:code>PICKED_UP</po:code><po:time>2026-11-28T02:10:00Z</po:time></po:event>"
                + "</po:events></po:GetTrackingResponse>";

        List<OperatorStatusEvent> events = ((TrackOutcome.Events) parser.trackOutcome(ORDER, xml)).events();

        assertThat(events).extracting(OperatorStatusEvent::statusCode).containsExactly("PICKED_UP", "IN_TRANSIT");
        assertThat(events.get(1).occurredAt()).isEqualTo(Instant.parse("2026-11-28T07:00:00Z"));
        assertThat(events).allSatisfy(e -> assertThat(e.waybill()).isEqualTo(GenericSoapSamples.WAYBILL));
    }

    @Test
    void foundWithoutEventsIsAnEmptyHistory() {
        String xml = "<po:GetTrackingResponse xmlns:po='urn:resultpost:postal-operator:v1'><po:result>FOUND</po:result>"
                + "<po:waybill>W1</po:waybill></po:GetTrackingResponse>";
        assertThat(parser.trackOutcome(ORDER, xml)).isEqualTo(new TrackOutcome.Events(List.of()));
    }

    @Test
    void notFoundIsNotFound() {
        assertThat(parser.trackOutcome(ORDER, Fixtures.read("generic-soap/tracking-not-found.xml")))
                .isInstanceOf(TrackOutcome.NotFound.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fault", "no-code", "bad-time", "garbage"})
    void unusableTrackingIsRetryable(String kind) {
        String event = switch (kind) {
            case "no-code" -> "<po:event><po:time>2026-11-28T14:00:00+07:00</po:time></po:event>";
            case "bad-time" -> "<po:event><po:code>IN_TRANSIT</po:code><po:time>28/11/2026</po:time></po:event>";
            default -> "";
        };
        String xml = switch (kind) {
            case "fault" -> Fixtures.read("generic-soap/fault.xml");
            case "garbage" -> "<html/>";
            default -> "<po:GetTrackingResponse xmlns:po='urn:resultpost:postal-operator:v1'><po:result>FOUND"
                    + "</po:result><po:events>" + event + "</po:events></po:GetTrackingResponse>";
        };
        assertThat(parser.trackOutcome(ORDER, xml)).isInstanceOf(TrackOutcome.Retryable.class);
    }

    @Test
    void waybillOfALookupReply() {
        assertThat(parser.waybill(Fixtures.read("generic-soap/tracking.xml"))).isEqualTo(GenericSoapSamples.WAYBILL);
        assertThat(parser.waybill(Fixtures.read("generic-soap/tracking-not-found.xml"))).isNull();
        assertThat(parser.waybill(Fixtures.read("generic-soap/fault.xml"))).isNull();
    }
}
