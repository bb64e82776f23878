package vn.resultpost.gateway.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.resultpost.gateway.GatewayTestSupport;
import vn.resultpost.gateway.audit.RecordingMessageLog;
import vn.resultpost.gateway.canonical.Address;
import vn.resultpost.gateway.canonical.Applicant;
import vn.resultpost.gateway.canonical.CancelOutcome;
import vn.resultpost.gateway.canonical.OperatorStatusEvent;
import vn.resultpost.gateway.canonical.OrderOutcome;
import vn.resultpost.gateway.canonical.OrderRef;
import vn.resultpost.gateway.canonical.ResultDocument;
import vn.resultpost.gateway.canonical.ResultSubmission;
import vn.resultpost.gateway.canonical.SenderAgency;
import vn.resultpost.gateway.canonical.ServiceLevel;
import vn.resultpost.gateway.canonical.ShipmentOrder;
import vn.resultpost.gateway.canonical.TrackOutcome;
import vn.resultpost.gateway.operator.soap.GenericSoapGateway;
import vn.resultpost.gateway.operator.soap.GenericSoapOperator;
import vn.resultpost.gateway.operator.soap.GenericSoapProperties;
import vn.resultpost.gateway.simulator.SoapOperatorSimulator.Settings;

/**
 * The generic SOAP adapter against the SOAP operator simulator over real HTTP, on the gateway's port (CXF
 * servlet): WS-Security, duplicate references, faults, slow replies, cancel before and after pickup.
 */
@GenericSoapGateway
class SoapOperatorSimulatorTest extends GatewayTestSupport {

    private static final Settings NORMAL = new Settings("deliver", Duration.ofMillis(250), 0, 0);

    @Autowired
    SoapOperatorSimulator simulator;

    private final RecordingMessageLog messageLog = new RecordingMessageLog();

    @AfterEach
    void heal() {
        simulator.settings(NORMAL);
    }

    @Test
    void theContractIsServedWithItsSchema() {
        HttpResponse<String> wsdl = send(request(GenericSoapGateway.ADDRESS + "?wsdl").GET().build());
        assertThat(wsdl.statusCode()).isEqualTo(200);
        assertThat(wsdl.body()).contains("urn:resultpost:postal-operator:v1", "CreateShipment", "GetTracking");
        HttpResponse<String> xsd = send(request(GenericSoapGateway.ADDRESS + "?xsd=postal-operator-v1.xsd").GET().build());
        assertThat(xsd.statusCode()).isEqualTo(200);
        assertThat(xsd.body()).contains("DUPLICATE_REFERENCE", "OperatorFault");
    }

    @Test
    void aSecondCreateWithTheSameReferenceAnswersTheFirstWaybill() {
        GenericSoapOperator operator = operator("demo-only-generic-soap-password", GenericSoapProperties.DIGEST);
        ShipmentOrder order = order();

        OrderOutcome first = operator.create(order);
        OrderOutcome second = operator.create(order);

        assertThat(first).isInstanceOf(OrderOutcome.Accepted.class);
        String waybill = ((OrderOutcome.Accepted) first).waybill();
        assertThat(waybill).matches("GS[0-9]{9}VN");
        assertThat(((OrderOutcome.Accepted) first).fee()).isPositive();
        assertThat(second).isEqualTo(new OrderOutcome.Duplicate(waybill));
        assertThat(simulator.shipmentsFor(order.reference())).isEqualTo(1);
        assertThat(simulator.createCallsFor(order.reference())).isEqualTo(2);
    }

    @Test
    void passwordTextIsAcceptedToo() {
        GenericSoapOperator operator = operator("demo-only-generic-soap-password", GenericSoapProperties.TEXT);

        assertThat(operator.create(order())).isInstanceOf(OrderOutcome.Accepted.class);
    }

    @Test
    void aWrongPasswordIsASecurityFaultAndRetryable() {
        for (String type : new String[] {GenericSoapProperties.DIGEST, GenericSoapProperties.TEXT}) {
            ShipmentOrder order = order();
            OrderOutcome outcome = operator("not-the-password", type).create(order);

            assertThat(outcome).as(type).isInstanceOf(OrderOutcome.Retryable.class);
            assertThat(((OrderOutcome.Retryable) outcome).reason()).as(type)
                    .contains("gateway.operators.generic-soap.username");
            assertThat(simulator.createCallsFor(order.reference())).as("refused before the simulator").isZero();
        }
    }

    @Test
    void aRequestWithoutUsernameTokenIsRefused() {
        String envelope = "<soap:Envelope xmlns:soap='http://schemas.xmlsoap.org/soap/envelope/'><soap:Body>"
                + "<po:GetTracking xmlns:po='urn:resultpost:postal-operator:v1'><po:waybill>GS1</po:waybill>"
                + "</po:GetTracking></soap:Body></soap:Envelope>";
        HttpResponse<String> reply = send(request(GenericSoapGateway.ADDRESS).header("Content-Type", "text/xml")
                .header("SOAPAction", "\"\"").POST(HttpRequest.BodyPublishers.ofString(envelope)).build());

        assertThat(reply.statusCode()).isEqualTo(500);
        assertThat(reply.body()).contains("Fault").doesNotContain("GetTrackingResponse");
    }

    @Test
    void aHandWrittenEnvelopeWithPasswordTextIsServed() {
        // The envelope of docs/operators/generic-soap.md ("Try it"), without Nonce and Created.
        String envelope = "<soap:Envelope xmlns:soap='http://schemas.xmlsoap.org/soap/envelope/' "
                + "xmlns:po='urn:resultpost:postal-operator:v1'><soap:Header><wsse:Security soap:mustUnderstand='1' "
                + "xmlns:wsse='http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd'>"
                + "<wsse:UsernameToken><wsse:Username>demo-gateway</wsse:Username><wsse:Password Type='http://docs"
                + ".oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText'>"
                + "demo-only-generic-soap-password</wsse:Password></wsse:UsernameToken></wsse:Security></soap:Header>"
                + "<soap:Body><po:GetTracking><po:reference>SHIPMENT_ID</po:reference></po:GetTracking></soap:Body>"
                + "</soap:Envelope>";
        HttpResponse<String> reply = send(request(GenericSoapGateway.ADDRESS).header("Content-Type",
                "text/xml; charset=UTF-8").header("SOAPAction", "\"urn:resultpost:postal-operator:v1:GetTracking\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope)).build());

        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        assertThat(reply.body()).contains("GetTrackingResponse", "NOT_FOUND");
    }

    @Test
    void faultsAreRetryableAndCreateNothing() {
        simulator.settings(new Settings("deliver", Duration.ofMillis(250), 1.0, 0));
        ShipmentOrder order = order();

        OrderOutcome outcome = operator("demo-only-generic-soap-password", GenericSoapProperties.DIGEST).create(order);

        assertThat(outcome).isInstanceOf(OrderOutcome.Retryable.class);
        assertThat(((OrderOutcome.Retryable) outcome).reason()).contains("SIMULATED_OUTAGE");
        assertThat(simulator.shipmentsFor(order.reference())).isZero();
        assertThat(messageLog.entries().get(1).body()).contains("Fault", "SIMULATED_OUTAGE");
    }

    @Test
    void aSlowReplyIsRetryableThoughTheShipmentWasCreatedAndTheRetryIsADuplicate() {
        simulator.settings(new Settings("deliver", Duration.ofMillis(250), 0, 1.0));
        GenericSoapOperator operator = operator("demo-only-generic-soap-password", GenericSoapProperties.DIGEST,
                Duration.ofMillis(1500));
        ShipmentOrder order = order();

        OrderOutcome slow = operator.create(order);

        assertThat(slow).isInstanceOf(OrderOutcome.Retryable.class);
        assertThat(simulator.shipmentsFor(order.reference())).isEqualTo(1);
        simulator.settings(NORMAL);
        assertThat(operator.create(order)).isInstanceOf(OrderOutcome.Duplicate.class);
    }

    @Test
    void cancelBeforePickupIsCancelledAndTrackingEndsCancelled() {
        simulator.settings(new Settings("deliver", Duration.ofHours(1), 0, 0));
        GenericSoapOperator operator = operator("demo-only-generic-soap-password", GenericSoapProperties.DIGEST);
        ShipmentOrder order = order();
        String waybill = ((OrderOutcome.Accepted) operator.create(order)).waybill();

        assertThat(operator.cancel(new OrderRef(order.reference(), waybill))).isEqualTo(new CancelOutcome.Cancelled());
        TrackOutcome tracking = operator.track(new OrderRef(order.reference(), waybill));
        assertThat(((TrackOutcome.Events) tracking).events()).extracting(OperatorStatusEvent::statusCode)
                .containsExactly("CREATED", "CANCELLED");
    }

    @Test
    void cancelAfterPickupIsTooLate() {
        simulator.settings(new Settings("deliver", Duration.ofMillis(50), 0, 0));
        GenericSoapOperator operator = operator("demo-only-generic-soap-password", GenericSoapProperties.DIGEST);
        ShipmentOrder order = order();
        OrderRef ref = new OrderRef(order.reference(), ((OrderOutcome.Accepted) operator.create(order)).waybill());
        await().atMost(Duration.ofSeconds(10)).until(() -> operator.track(ref) instanceof TrackOutcome.Events e
                && e.events().stream().anyMatch(ev -> "PICKED_UP".equals(ev.statusCode())));

        CancelOutcome outcome = operator.cancel(ref);

        assertThat(outcome).isInstanceOf(CancelOutcome.TooLate.class);
        assertThat(((CancelOutcome.TooLate) outcome).reason()).contains("before pickup");
    }

    @Test
    void trackingAdvancesWithTimeAndAnUnknownShipmentIsNotFound() {
        simulator.settings(new Settings("return", Duration.ofMillis(50), 0, 0));
        GenericSoapOperator operator = operator("demo-only-generic-soap-password", GenericSoapProperties.DIGEST);
        ShipmentOrder order = order();
        OrderRef ref = new OrderRef(order.reference(), ((OrderOutcome.Accepted) operator.create(order)).waybill());

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                ((TrackOutcome.Events) operator.track(ref)).events()).extracting(OperatorStatusEvent::statusCode)
                .containsExactly("CREATED", "PICKED_UP", "IN_TRANSIT", "ARRIVED_AT_DELIVERY_OFFICE",
                        "OUT_FOR_DELIVERY", "DELIVERY_FAILED", "OUT_FOR_DELIVERY", "DELIVERY_FAILED", "RETURNING",
                        "RETURNED"));
        assertThat(operator.track(new OrderRef(order.reference(), null))).isInstanceOf(TrackOutcome.Events.class);
        assertThat(operator.track(new OrderRef("no-such-reference", "GS000000000VN")))
                .isInstanceOf(TrackOutcome.NotFound.class);
        assertThat(operator.cancel(new OrderRef("no-such-reference", "GS000000000VN")))
                .isEqualTo(new CancelOutcome.TooLate("NOT_FOUND: No shipment GS000000000VN"));
    }

    @Test
    void settingsAndShipmentsOverHttp() {
        String json = "{\"scenario\":\"fail-then-deliver\",\"stepDelay\":\"PT1H\",\"faultShare\":0,\"timeoutShare\":0}";
        HttpResponse<String> put = send(request("/simulator/generic-soap/settings").header("Content-Type",
                "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build());
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(simulator.settings()).isEqualTo(new Settings("fail-then-deliver", Duration.ofHours(1), 0, 0));
        ShipmentOrder order = order();
        operator("demo-only-generic-soap-password", GenericSoapProperties.DIGEST).create(order);

        HttpResponse<String> shipments = send(request("/simulator/generic-soap/shipments").GET().build());

        assertThat(shipments.body()).contains(order.reference(), "fail-then-deliver", "CREATED");
        assertThat(send(request("/simulator/generic-soap/counters").GET().build()).body())
                .contains("CreateShipment", "result:ACCEPTED");
    }

    @Test
    void anInvalidRequestIsRefusedByTheSchema() {
        ShipmentOrder bad = new ShipmentOrder(UUID.randomUUID().toString(), new ResultSubmission("000.00.12.H26",
                "000.00.12.H26-261128-7001", "1.001612", new Applicant("Nguyễn Văn Nam", null, "0912345678", null),
                new Address("1", "4", "Số 1"), java.util.List.of(new ResultDocument("Giấy phép", 1, true)), 0L,
                ServiceLevel.STANDARD, null, null), sender());

        OrderOutcome outcome = operator("demo-only-generic-soap-password", GenericSoapProperties.DIGEST).create(bad);

        assertThat(outcome).isInstanceOf(OrderOutcome.Retryable.class);
        assertThat(((OrderOutcome.Retryable) outcome).reason()).contains("SOAP fault", "soap:Client", "[0-9]{2}");
        assertThat(simulator.shipmentsFor(bad.reference())).isZero();
    }

    private GenericSoapOperator operator(String password, String passwordType) {
        return operator(password, passwordType, Duration.ofSeconds(10));
    }

    /** An adapter of the simulator with its own receive timeout (shorter than the simulator's 4 s slow replies). */
    private GenericSoapOperator operator(String password, String passwordType, Duration receiveTimeout) {
        return new GenericSoapOperator(new GenericSoapProperties(baseUrl() + GenericSoapGateway.ADDRESS,
                "demo-gateway", password, passwordType, Duration.ofSeconds(2), receiveTimeout,
                java.util.Map.of("STANDARD", "STD", "EXPRESS", "EXP")), messageLog);
    }

    private static ShipmentOrder order() {
        return new ShipmentOrder(UUID.randomUUID().toString(), new ResultSubmission("000.00.12.H26",
                "000.00.12.H26-261128-7000", "1.001612", new Applicant("Nguyễn Văn Nam", null, "0912345678", null),
                new Address("01", "00004", "Số 5 phố Đội Cấn"),
                java.util.List.of(new ResultDocument("Giấy phép kinh doanh", 1, true)), 0L, ServiceLevel.STANDARD,
                null, null), sender());
    }

    private static SenderAgency sender() {
        return new SenderAgency("000.00.12.H26", "UBND quận Ba Đình", "02438234567",
                new Address("01", "00004", "25 Liễu Giai"));
    }
}
