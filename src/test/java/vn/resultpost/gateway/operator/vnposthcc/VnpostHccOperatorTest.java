package vn.resultpost.gateway.operator.vnposthcc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.MutableClock;
import vn.resultpost.gateway.audit.Correlation;
import vn.resultpost.gateway.audit.Direction;
import vn.resultpost.gateway.audit.RecordingMessageLog;
import vn.resultpost.gateway.canonical.Address;
import vn.resultpost.gateway.canonical.CancelOutcome;
import vn.resultpost.gateway.canonical.OperatorStatusEvent;
import vn.resultpost.gateway.canonical.OrderOutcome;
import vn.resultpost.gateway.canonical.OrderRef;
import vn.resultpost.gateway.canonical.ServiceLevel;
import vn.resultpost.gateway.canonical.TrackOutcome;
import vn.resultpost.gateway.operator.TrackingMode;
import vn.resultpost.gateway.operator.WebhookScheme;
import vn.resultpost.gateway.operator.vnposthcc.LgspStub.Req;
import vn.resultpost.gateway.support.BackgroundPriority;
import vn.resultpost.gateway.support.OutboundHttp;

/** The HCC adapter over real HTTP against a JDK HttpServer stub of the LGSP (no Spring context, no mocks). */
class VnpostHccOperatorTest {

    private static final String POST = "PostOrder";
    private static final String CANCEL = "CancelOrder";
    private static final String TRACK = "GetOrderTracking";
    private static final String KEY = "gateway-key";
    private static final String SECRET = "p@ss:word";
    private static final OrderRef ORDER = new OrderRef(VnpostHccSamples.REFERENCE, VnpostHccSamples.WAYBILL);

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    private final LgspStub stub = new LgspStub();
    private final RecordingMessageLog messageLog = new RecordingMessageLog();
    private VnpostHccOperator operator;

    @BeforeEach
    void start() throws IOException {
        stub.start();
        operator = operator(Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        stub.stop();
    }

    private static String fixture(String name) {
        return Fixtures.read("vnpost-hcc/" + name);
    }

    @Test
    void isPolledAndTakesNoWebhooks() {
        assertThat(operator.code()).isEqualTo("vnpost-hcc");
        assertThat(operator.trackingMode()).isEqualTo(TrackingMode.POLL);
        assertThat(operator.webhookScheme()).isEqualTo(WebhookScheme.NONE);
    }

    @Test
    void tokenIsAClientCredentialsGrantWithTheConsumerKeyAndSecretAsBasic() throws Exception {
        stub.reply(POST, 200, fixture("post-order-accepted.json"));

        OrderOutcome outcome = operator.create(VnpostHccSamples.order());

        assertThat(outcome).isEqualTo(new OrderOutcome.Accepted(VnpostHccSamples.WAYBILL, 15_000L));
        Req token = stub.requests(LgspStub.TOKEN).get(0);
        assertThat(token.method()).isEqualTo("POST");
        assertThat(token.contentType()).startsWith("application/x-www-form-urlencoded");
        assertThat(token.body()).isEqualTo("grant_type=client_credentials");
        String basic = Base64.getEncoder().encodeToString("gateway-key:p%40ss%3Aword".getBytes(StandardCharsets.UTF_8));
        assertThat(token.authorization()).isEqualTo("Basic " + basic);

        Req post = stub.requests(POST).get(0);
        assertThat(post.method()).isEqualTo("POST");
        assertThat(post.query()).isEqualTo("service=PostOrder");
        assertThat(post.authorization()).isEqualTo("Bearer tok-1");
        assertThat(post.contentType()).startsWith("application/json");
        JsonNode sent = json.readTree(post.body());
        assertThat(sent.path("OrderNumber").asText()).isEqualTo(VnpostHccSamples.REFERENCE);
        assertThat(sent.path("CustomerCode").asText()).isEqualTo(VnpostHccSamples.CUSTOMER_CODE);
        assertThat(sent.path("ReceiverDistrict").asText()).isEqualTo("001");
    }

    @Test
    void tokenIsCachedAcrossOperations() {
        stub.reply(POST, 200, fixture("post-order-accepted.json")).reply(TRACK, 200, fixture("tracking.json"))
                .reply(CANCEL, 200, fixture("cancelled.json"));

        operator.create(VnpostHccSamples.order());
        operator.track(ORDER);
        operator.cancel(ORDER);

        assertThat(stub.count(LgspStub.TOKEN)).isEqualTo(1);
        assertThat(List.of(POST, TRACK, CANCEL)).allSatisfy(route ->
                assertThat(stub.requests(route)).extracting(Req::authorization).containsExactly("Bearer tok-1"));
        assertThat(operator.tokenState()).hasValueSatisfying(s -> assertThat(s.logins()).isEqualTo(1));
    }

    @Test
    void tokenIsRefreshedBeforeItExpires() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-28T03:00:00Z"));
        VnpostHccOperator timed = operator(clock);
        stub.tokenLifetimeSeconds = 120;
        stub.reply(TRACK, 200, fixture("tracking.json")).reply(TRACK, 200, fixture("tracking.json"))
                .reply(TRACK, 200, fixture("tracking.json"));

        timed.track(ORDER);
        clock.advance(Duration.ofSeconds(59));
        timed.track(ORDER);
        clock.advance(Duration.ofSeconds(2)); // 61 s: inside the 60 s refresh margin of a 120 s token
        timed.track(ORDER);

        assertThat(stub.count(LgspStub.TOKEN)).isEqualTo(2);
        assertThat(stub.requests(TRACK)).extracting(Req::authorization)
                .containsExactly("Bearer tok-1", "Bearer tok-1", "Bearer tok-2");
    }

    @Test
    void unauthorisedCallRefreshesTheTokenOnceAndRepeats() {
        stub.reply(POST, 401, fixture("lgsp-fault-invalid-token.json")).reply(POST, 200, fixture("post-order-accepted.json"));

        OrderOutcome outcome = operator.create(VnpostHccSamples.order());

        assertThat(outcome).isEqualTo(new OrderOutcome.Accepted(VnpostHccSamples.WAYBILL, 15_000L));
        assertThat(stub.count(LgspStub.TOKEN)).isEqualTo(2);
        assertThat(stub.requests(POST)).extracting(Req::authorization).containsExactly("Bearer tok-1", "Bearer tok-2");
        assertThat(stub.requests(POST).get(1).body()).isEqualTo(stub.requests(POST).get(0).body());
    }

    @Test
    void secondUnauthorisedIsNotRetriedAgainButStaysRetryable() {
        stub.reply(TRACK, 401, fixture("lgsp-fault-invalid-token.json"))
                .reply(TRACK, 401, fixture("lgsp-fault-invalid-token.json"));

        TrackOutcome outcome = operator.track(ORDER);

        assertThat(outcome).isInstanceOfSatisfying(TrackOutcome.Retryable.class,
                r -> assertThat(r.reason()).contains("credentials"));
        assertThat(stub.count(LgspStub.TOKEN)).isEqualTo(2);
        assertThat(stub.count(TRACK)).isEqualTo(2);
    }

    @Test
    void refusedConsumerCredentialsAreRetryableAndCallNoService() {
        stub.reply(LgspStub.TOKEN, 401, "{\"error\":\"invalid_client\"}");

        OrderOutcome outcome = operator.create(VnpostHccSamples.order());

        assertThat(outcome).isInstanceOfSatisfying(OrderOutcome.Retryable.class,
                r -> assertThat(r.reason()).contains("401", "consumer-key"));
        assertThat(stub.count(POST)).isZero();
    }

    @Test
    void duplicateOrderNumberLooksUpTheExistingWaybillThroughOrderTracking() throws Exception {
        stub.reply(POST, 409, fixture("post-order-duplicate.json")).reply(TRACK, 200, fixture("tracking.json"));

        OrderOutcome outcome = operator.create(VnpostHccSamples.order());

        assertThat(outcome).isEqualTo(new OrderOutcome.Duplicate(VnpostHccSamples.WAYBILL));
        JsonNode lookup = json.readTree(stub.requests(TRACK).get(0).body());
        assertThat(lookup.path("OrderNumber").asText()).isEqualTo(VnpostHccSamples.REFERENCE);
        assertThat(lookup.path("CustomerCode").asText()).isEqualTo(VnpostHccSamples.CUSTOMER_CODE);
        assertThat(stub.requests(TRACK).get(0).authorization()).isEqualTo("Bearer tok-1");
    }

    @Test
    void duplicateWhoseLookupFailsIsRetryable() {
        stub.reply(POST, 409, fixture("post-order-duplicate.json")).reply(TRACK, 503, fixture("lgsp-fault-backend-down.json"));

        assertThat(operator.create(VnpostHccSamples.order())).isInstanceOfSatisfying(OrderOutcome.Retryable.class,
                r -> assertThat(r.reason()).contains("duplicate", "503"));
        assertThat(stub.count(TRACK)).isEqualTo(1);
    }

    @Test
    void serverErrorIsRetryable() {
        stub.reply(POST, 503, fixture("lgsp-fault-backend-down.json"));

        assertThat(operator.create(VnpostHccSamples.order())).isInstanceOf(OrderOutcome.Retryable.class);
    }

    @Test
    void replySlowerThanTheReadTimeoutIsRetryable() {
        VnpostHccOperator impatient = operator(Clock.systemUTC(), Duration.ofSeconds(1));
        impatient.track(ORDER); // warms up and fetches the token: only the slow service replies time out below
        stub.slowReply(POST, 200, fixture("post-order-accepted.json")).slowReply(TRACK, 200, fixture("tracking.json"))
                .slowReply(CANCEL, 200, fixture("cancelled.json"));

        assertThat(impatient.create(VnpostHccSamples.order())).isInstanceOfSatisfying(OrderOutcome.Retryable.class,
                r -> assertThat(r.reason()).contains("post order failed"));
        assertThat(impatient.track(ORDER)).isInstanceOf(TrackOutcome.Retryable.class);
        assertThat(impatient.cancel(ORDER)).isInstanceOf(CancelOutcome.Retryable.class);
        assertThat(stub.count(POST) + stub.count(TRACK) + stub.count(CANCEL)).as("each was sent").isEqualTo(1 + 3);
        stub.release();
    }

    @Test
    void invalidOrderIsRejected() {
        stub.reply(POST, 400, fixture("post-order-invalid.json"));

        assertThat(operator.create(VnpostHccSamples.order()))
                .isEqualTo(new OrderOutcome.Rejected("INVALID_ORDER", "ReceiverTel is required"));
    }

    @Test
    void addressWithoutLocationMappingIsRejectedWithoutCallingTheLgsp() {
        OrderOutcome outcome = operator.create(VnpostHccSamples.order(ServiceLevel.STANDARD, null,
                new Address("01", "00091", "Số 3 Phú Thượng")));

        assertThat(outcome).isInstanceOfSatisfying(OrderOutcome.Rejected.class,
                r -> assertThat(r.code()).isEqualTo("NO_LOCATION_MAPPING"));
        assertThat(stub.count(LgspStub.TOKEN)).isZero();
        assertThat(messageLog.entries()).isEmpty();
    }

    @Test
    void createRequestAndReplyAreRecordedAsSentAndReceived() {
        stub.reply(POST, 200, fixture("post-order-accepted.json"));

        operator.create(VnpostHccSamples.order());

        assertThat(messageLog.entries()).extracting(RecordingMessageLog.Entry::direction)
                .containsExactly(Direction.OUT, Direction.IN);
        assertThat(messageLog.entries()).extracting(RecordingMessageLog.Entry::party).containsOnly("operator:vnpost-hcc");
        Correlation correlation = Correlation.of("000.00.12.H26", "000.00.12.H26-261128-0001");
        assertThat(messageLog.entries().get(0).correlation()).isEqualTo(correlation);
        assertThat(messageLog.entries().get(0).body()).isEqualTo(stub.requests(POST).get(0).body());
        assertThat(messageLog.entries().get(1).correlation()).isEqualTo(correlation.withWaybill(VnpostHccSamples.WAYBILL));
        assertThat(messageLog.entries().get(1).body()).isEqualTo(fixture("post-order-accepted.json"));
    }

    @Test
    void cancelBeforePickupIsCancelledAndRecorded() throws Exception {
        stub.reply(CANCEL, 200, fixture("cancelled.json"));

        assertThat(operator.cancel(ORDER)).isEqualTo(new CancelOutcome.Cancelled());

        JsonNode sent = json.readTree(stub.requests(CANCEL).get(0).body());
        assertThat(sent.path("OrderNumber").asText()).isEqualTo(VnpostHccSamples.REFERENCE);
        assertThat(sent.path("ItemCode").asText()).isEqualTo(VnpostHccSamples.WAYBILL);
        assertThat(messageLog.entries()).extracting(RecordingMessageLog.Entry::direction)
                .containsExactly(Direction.OUT, Direction.IN);
        assertThat(messageLog.entries()).extracting(RecordingMessageLog.Entry::correlation)
                .containsOnly(Correlation.ofWaybill(VnpostHccSamples.WAYBILL));
    }

    @Test
    void cancelAfterPickupIsTooLate() {
        stub.reply(CANCEL, 409, fixture("cancel-not-allowed.json"));

        assertThat(operator.cancel(ORDER)).isInstanceOfSatisfying(CancelOutcome.TooLate.class,
                t -> assertThat(t.reason()).contains("CANCEL_NOT_ALLOWED"));
    }

    @Test
    void cancelOnServerErrorIsRetryable() {
        stub.reply(CANCEL, 502, "<html>Bad Gateway</html>");

        assertThat(operator.cancel(ORDER)).isInstanceOf(CancelOutcome.Retryable.class);
    }

    @Test
    void trackReadsTheOrdersHistoryOldestFirst() throws Exception {
        stub.reply(TRACK, 200, fixture("tracking.json"));

        TrackOutcome outcome = operator.track(ORDER);
        assertThat(outcome).isInstanceOf(TrackOutcome.Events.class);
        List<OperatorStatusEvent> events = ((TrackOutcome.Events) outcome).events();

        assertThat(events).extracting(OperatorStatusEvent::statusCode).containsExactly("1", "6", "10");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.operatorCode()).isEqualTo("vnpost-hcc");
            assertThat(e.waybill()).isEqualTo(VnpostHccSamples.WAYBILL);
            assertThat(e.reference()).isEqualTo(VnpostHccSamples.REFERENCE);
        });
        assertThat(json.readTree(stub.requests(TRACK).get(0).body()).path("OrderNumber").asText())
                .isEqualTo(VnpostHccSamples.REFERENCE);
    }

    @Test
    void trackOfAnOrderTheOperatorDoesNotKnowIsNotFound() {
        stub.reply(TRACK, 404, fixture("tracking-not-found.json"));

        assertThat(operator.track(ORDER)).isInstanceOf(TrackOutcome.NotFound.class);
    }

    @Test
    void trackOnServerErrorOrUnreadableReplyIsRetryable() {
        stub.reply(TRACK, 500, "").reply(TRACK, 200, "{\"ItemCode\":\"EB1\",\"History\":[{\"StatusCode\":\"6\"}]}");

        assertThat(operator.track(ORDER)).isInstanceOf(TrackOutcome.Retryable.class);
        assertThat(operator.track(ORDER)).isInstanceOf(TrackOutcome.Retryable.class);
    }

    @Test
    void stoppedLgspIsRetryableNotAnException() {
        stub.stop();

        assertThat(operator.create(VnpostHccSamples.order())).isInstanceOf(OrderOutcome.Retryable.class);
        assertThat(operator.cancel(ORDER)).isInstanceOf(CancelOutcome.Retryable.class);
        assertThat(operator.track(ORDER)).isInstanceOf(TrackOutcome.Retryable.class);
    }

    private VnpostHccOperator operator(Clock clock) {
        return operator(clock, Duration.ofSeconds(10));
    }

    private VnpostHccOperator operator(Clock clock, Duration readTimeout) {
        VnpostHccProperties props = new VnpostHccProperties(stub.tokenUrl(), stub.serviceUrl(), KEY, SECRET,
                VnpostHccSamples.CUSTOMER_CODE, new VnpostHccProperties.Services(POST, CANCEL, TRACK),
                Duration.ofSeconds(5), readTimeout, Duration.ofSeconds(60), VnpostHccSamples.SERVICE_CODES,
                VnpostHccSamples.LOCATIONS_FILE);
        OutboundHttp http = new OutboundHttp(RestClient.builder(), BackgroundPriority.ofDefaults());
        return new VnpostHccOperator(props, json, http, clock, messageLog, VnpostHccSamples.UNITS);
    }
}
