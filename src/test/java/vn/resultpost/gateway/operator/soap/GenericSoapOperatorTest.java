package vn.resultpost.gateway.operator.soap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xmlunit.builder.DiffBuilder;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.audit.Correlation;
import vn.resultpost.gateway.audit.Direction;
import vn.resultpost.gateway.audit.RecordingMessageLog;
import vn.resultpost.gateway.canonical.CancelOutcome;
import vn.resultpost.gateway.canonical.OperatorStatusEvent;
import vn.resultpost.gateway.canonical.OrderOutcome;
import vn.resultpost.gateway.canonical.OrderRef;
import vn.resultpost.gateway.canonical.TrackOutcome;
import vn.resultpost.gateway.operator.soap.SoapOperatorStub.Request;

/**
 * The generic SOAP adapter over real HTTP: its CXF Dispatch client (WSS4J UsernameToken, timeouts) against
 * a JDK HttpServer SOAP stub (no Spring context, no mocks).
 */
class GenericSoapOperatorTest {

    private static final String CREATE = "CreateShipment";
    private static final String CANCEL = "CancelShipment";
    private static final String TRACK = "GetTracking";
    private static final String PO = "xmlns:po='urn:resultpost:postal-operator:v1'";
    private static final OrderRef ORDER = new OrderRef(GenericSoapSamples.REFERENCE, GenericSoapSamples.WAYBILL);

    private final SoapOperatorStub stub = new SoapOperatorStub();
    private final RecordingMessageLog messageLog = new RecordingMessageLog();
    private GenericSoapOperator operator;

    @BeforeEach
    void start() throws IOException {
        stub.start();
        operator = operator(GenericSoapProperties.DIGEST);
    }

    @AfterEach
    void stop() {
        stub.stop();
    }

    @Test
    void createSendsTheMappedPayloadWithAUsernameTokenDigestNonceAndCreated() throws Exception {
        stub.reply(CREATE, Fixtures.read("generic-soap/create-accepted.xml"));

        OrderOutcome outcome = operator.create(GenericSoapSamples.order());

        assertThat(outcome).isEqualTo(new OrderOutcome.Accepted(GenericSoapSamples.WAYBILL, 16_500L));
        Request sent = stub.requests(CREATE).get(0);
        assertThat(sent.soapAction()).contains("urn:resultpost:postal-operator:v1:CreateShipment");
        assertThat(sent.contentType()).startsWith("text/xml");
        assertThat(DiffBuilder.compare(Fixtures.read("generic-soap/create-shipment.xml"))
                .withTest(SoapOperatorXml.xml(sent.payload())).ignoreWhitespace().ignoreComments()
                .checkForSimilar().build().hasDifferences()).isFalse();

        Element token = sent.usernameToken();
        assertThat(token).as("wsse:UsernameToken in the Security header").isNotNull();
        assertThat(text(token, "Username")).isEqualTo("gateway");
        Element password = SoapOperatorStub.child(token, SoapOperatorStub.WSSE_NS, "Password");
        assertThat(password.getAttribute("Type")).endsWith("#PasswordDigest");
        String nonce = text(token, "Nonce");
        String created = SoapOperatorStub.child(token,
                "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd", "Created")
                .getTextContent();
        assertThat(Instant.parse(created)).isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(5));
        // PasswordDigest = Base64(SHA-1(nonce bytes + created + password)): the password itself never travels.
        assertThat(password.getTextContent()).isEqualTo(digest(nonce, created, "secret")).doesNotContain("secret");
        assertThat(sent.body()).doesNotContain(">secret<");
    }

    @Test
    void passwordTextIsSentWhenConfigured() throws Exception {
        GenericSoapOperator text = operator(GenericSoapProperties.TEXT);
        stub.reply(CREATE, Fixtures.read("generic-soap/create-accepted.xml"));

        text.create(GenericSoapSamples.order());

        Element token = stub.requests(CREATE).get(0).usernameToken();
        Element password = SoapOperatorStub.child(token, SoapOperatorStub.WSSE_NS, "Password");
        assertThat(password.getAttribute("Type")).endsWith("#PasswordText");
        assertThat(password.getTextContent()).isEqualTo("secret");
        assertThat(text(token, "Nonce")).isNotBlank();
    }

    @Test
    void createRequestAndReplyAreRecordedInTheMessageLog() {
        stub.reply(CREATE, Fixtures.read("generic-soap/create-accepted.xml"));

        operator.create(GenericSoapSamples.order());

        List<RecordingMessageLog.Entry> entries = messageLog.entries();
        assertThat(entries).extracting(RecordingMessageLog.Entry::direction).containsExactly(Direction.OUT, Direction.IN);
        assertThat(entries).extracting(RecordingMessageLog.Entry::party).containsOnly("operator:generic-soap");
        String agency = GenericSoapSamples.order().result().agencyCode();
        String dossier = GenericSoapSamples.order().result().dossierCode();
        assertThat(entries.get(0).correlation()).isEqualTo(new Correlation(agency, dossier, null));
        assertThat(entries.get(0).body()).isEqualTo(new SoapShipmentMapper(GenericSoapSamples.SERVICE_CODES)
                .createShipment(GenericSoapSamples.order()));
        assertThat(entries.get(1).correlation()).isEqualTo(new Correlation(agency, dossier, GenericSoapSamples.WAYBILL));
        assertThat(entries.get(1).body()).contains("ACCEPTED", GenericSoapSamples.WAYBILL);
    }

    @Test
    void duplicateReferenceGivesTheExistingWaybillWithoutALookup() {
        stub.reply(CREATE, Fixtures.read("generic-soap/create-duplicate.xml"));

        assertThat(operator.create(GenericSoapSamples.order()))
                .isEqualTo(new OrderOutcome.Duplicate(GenericSoapSamples.WAYBILL));
        assertThat(stub.requests(TRACK)).isEmpty();
    }

    @Test
    void duplicateWithoutWaybillLooksItUpByReference() {
        String duplicate = "<po:CreateShipmentResponse " + PO + "><po:result>DUPLICATE_REFERENCE</po:result>"
                + "</po:CreateShipmentResponse>";
        stub.reply(CREATE, duplicate).reply(TRACK, Fixtures.read("generic-soap/tracking.xml"))
                .reply(CREATE, duplicate).reply(TRACK, Fixtures.read("generic-soap/tracking-not-found.xml"));

        assertThat(operator.create(GenericSoapSamples.order()))
                .isEqualTo(new OrderOutcome.Duplicate(GenericSoapSamples.WAYBILL));
        assertThat(SoapOperatorXml.text(stub.requests(TRACK).get(0).payload(), "reference"))
                .isEqualTo(GenericSoapSamples.REFERENCE);
        assertThat(operator.create(GenericSoapSamples.order())).isInstanceOf(OrderOutcome.Retryable.class);
    }

    @Test
    void rejectedIsRejected() {
        stub.reply(CREATE, Fixtures.read("generic-soap/create-rejected.xml"));

        assertThat(operator.create(GenericSoapSamples.order())).isInstanceOf(OrderOutcome.Rejected.class);
    }

    @Test
    void soapFaultIsRetryableAndRecorded() {
        stub.fault(CREATE, Fixtures.read("generic-soap/fault.xml"));

        OrderOutcome outcome = operator.create(GenericSoapSamples.order());

        assertThat(outcome).isInstanceOf(OrderOutcome.Retryable.class);
        assertThat(((OrderOutcome.Retryable) outcome).reason()).contains("Database unavailable", "DB_DOWN");
        assertThat(messageLog.entries().get(1).body()).contains("Fault", "DB_DOWN");
    }

    @Test
    void aReplySlowerThanTheReceiveTimeoutIsRetryable() {
        stub.hang(CREATE).hang(TRACK);

        long started = System.nanoTime();
        OrderOutcome outcome = operator.create(GenericSoapSamples.order());

        // The JDK HTTP client reports the receive timeout as "request timed out" or as the connection it then
        // closed, depending on when it fires: what matters is Retryable, after the timeout, well before the reply.
        assertThat(outcome).isInstanceOf(OrderOutcome.Retryable.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .isGreaterThanOrEqualTo(Duration.ofMillis(700)).isLessThan(Duration.ofSeconds(10));
        assertThat(stub.requests(CREATE)).hasSize(1);
        assertThat(operator.track(ORDER)).isInstanceOf(TrackOutcome.Retryable.class);
    }

    @Test
    void aNonSoapReplyIsRetryable() {
        stub.raw(CREATE, 502, "text/html", "<html><body>502 Bad Gateway</body></html>")
                .raw(TRACK, 200, "text/xml", "<soap:Envelope xmlns:soap='" + SoapOperatorStub.ENVELOPE_NS
                        + "'><soap:Body><other xmlns='urn:x'/></soap:Body></soap:Envelope>");

        assertThat(operator.create(GenericSoapSamples.order())).isInstanceOf(OrderOutcome.Retryable.class);
        assertThat(operator.track(ORDER)).isInstanceOf(TrackOutcome.Retryable.class);
    }

    @Test
    void aStoppedOperatorIsRetryableForEveryOperation() {
        stub.stop();

        assertThat(operator.create(GenericSoapSamples.order())).isInstanceOf(OrderOutcome.Retryable.class);
        assertThat(operator.cancel(ORDER)).isInstanceOf(CancelOutcome.Retryable.class);
        assertThat(operator.track(ORDER)).isInstanceOf(TrackOutcome.Retryable.class);
    }

    @Test
    void cancelBeforePickupIsCancelledAndAfterPickupTooLate() {
        stub.reply(CANCEL, Fixtures.read("generic-soap/cancel-cancelled.xml"))
                .reply(CANCEL, Fixtures.read("generic-soap/cancel-too-late.xml"))
                .fault(CANCEL, Fixtures.read("generic-soap/fault.xml"));

        assertThat(operator.cancel(ORDER)).isEqualTo(new CancelOutcome.Cancelled());
        assertThat(operator.cancel(ORDER)).isEqualTo(new CancelOutcome.TooLate("Picked up at 2026-11-28T09:10:00+07:00"));
        assertThat(operator.cancel(ORDER)).isInstanceOf(CancelOutcome.Retryable.class);

        Request sent = stub.requests(CANCEL).get(0);
        assertThat(SoapOperatorXml.text(sent.payload(), "waybill")).isEqualTo(GenericSoapSamples.WAYBILL);
        assertThat(sent.usernameToken()).isNotNull();
        assertThat(messageLog.entries()).extracting(RecordingMessageLog.Entry::direction)
                .containsExactly(Direction.OUT, Direction.IN, Direction.OUT, Direction.IN, Direction.OUT, Direction.IN);
        assertThat(messageLog.entries().get(0).correlation()).isEqualTo(Correlation.ofWaybill(GenericSoapSamples.WAYBILL));
    }

    @Test
    void trackReadsTheHistoryByWaybillOrIsNotFound() {
        stub.reply(TRACK, Fixtures.read("generic-soap/tracking.xml"))
                .reply(TRACK, Fixtures.read("generic-soap/tracking-not-found.xml"))
                .fault(TRACK, Fixtures.read("generic-soap/fault.xml"));

        List<OperatorStatusEvent> events = ((TrackOutcome.Events) operator.track(ORDER)).events();

        assertThat(events).extracting(OperatorStatusEvent::statusCode)
                .containsExactly("PICKED_UP", "IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERY_FAILED");
        assertThat(SoapOperatorXml.text(stub.requests(TRACK).get(0).payload(), "waybill"))
                .isEqualTo(GenericSoapSamples.WAYBILL);
        assertThat(operator.track(ORDER)).isInstanceOf(TrackOutcome.NotFound.class);
        assertThat(operator.track(ORDER)).isInstanceOf(TrackOutcome.Retryable.class);
    }

    @Test
    void portDeclarations() {
        assertThat(operator.code()).isEqualTo("generic-soap");
        assertThat(operator.trackingMode()).isEqualTo(vn.resultpost.gateway.operator.TrackingMode.POLL);
        assertThat(operator.webhookScheme()).isEqualTo(vn.resultpost.gateway.operator.WebhookScheme.NONE);
        assertThat(operator.tokenState()).isEmpty();
    }

    private GenericSoapOperator operator(String passwordType) {
        GenericSoapProperties props = new GenericSoapProperties(stub.endpoint(), "gateway", "secret", passwordType,
                Duration.ofSeconds(2), Duration.ofMillis(700), GenericSoapSamples.SERVICE_CODES);
        return new GenericSoapOperator(props, messageLog);
    }

    private static String text(Element parent, String name) {
        Element e = SoapOperatorStub.child(parent, SoapOperatorStub.WSSE_NS, name);
        return e == null ? null : e.getTextContent();
    }

    private static String digest(String nonce, String created, String password) throws Exception {
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
        sha1.update(Base64.getDecoder().decode(nonce));
        sha1.update(created.getBytes(StandardCharsets.UTF_8));
        sha1.update(password.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(sha1.digest());
    }
}
