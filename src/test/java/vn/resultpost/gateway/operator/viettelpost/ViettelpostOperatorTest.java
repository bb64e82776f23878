package vn.resultpost.gateway.operator.viettelpost;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.resultpost.gateway.operator.viettelpost.ViettelpostStub.CREATE;
import static vn.resultpost.gateway.operator.viettelpost.ViettelpostStub.LOGIN;
import static vn.resultpost.gateway.operator.viettelpost.ViettelpostStub.LOOKUP;
import static vn.resultpost.gateway.operator.viettelpost.ViettelpostStub.TRACKING;
import static vn.resultpost.gateway.operator.viettelpost.ViettelpostStub.UPDATE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import vn.resultpost.gateway.operator.viettelpost.ViettelpostStub.Req;
import vn.resultpost.gateway.support.BackgroundPriority;
import vn.resultpost.gateway.support.OutboundHttp;

/** The Viettel Post adapter over real HTTP against a JDK HttpServer stub (no Spring context, no HTTP mocks). */
class ViettelpostOperatorTest {

    private static final String ACCEPTED = Fixtures.read("viettelpost/create-accepted.json");
    private static final String EXPIRED = Fixtures.read("viettelpost/token-expired.json");
    private static final OrderRef ORDER = new OrderRef(ViettelpostSamples.REFERENCE, ViettelpostSamples.WAYBILL);
    private static final OrderOutcome.Accepted CREATED = new OrderOutcome.Accepted(ViettelpostSamples.WAYBILL, 23_220L);

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T03:00:00Z"));
    private final ViettelpostStub stub = new ViettelpostStub(clock);
    private final RecordingMessageLog messageLog = new RecordingMessageLog();
    private Path table;
    private ViettelpostOperator operator;

    @BeforeEach
    void start(@TempDir Path tmp) throws IOException {
        stub.start();
        table = Files.writeString(tmp.resolve("viettelpost.yml"), ViettelpostSamples.TABLE);
        operator = operator(Duration.ofSeconds(2));
    }

    @AfterEach
    void stop() {
        stub.stop();
    }

    @Test
    void tokenIsRequestedOnceAndReusedAcrossCreates() throws Exception {
        stub.reply(CREATE, 200, ACCEPTED).reply(CREATE, 200, ACCEPTED);

        assertThat(operator.create(ViettelpostSamples.order())).isEqualTo(CREATED);
        assertThat(operator.create(ViettelpostSamples.order())).isEqualTo(CREATED);

        assertThat(stub.count(LOGIN)).isEqualTo(1);
        assertThat(stub.requests(CREATE)).extracting(Req::token).containsExactly("tok-1", "tok-1");
        JsonNode login = json.readTree(stub.requests(LOGIN).get(0).body());
        assertThat(login.path("USERNAME").asText()).isEqualTo("gateway");
        assertThat(login.path("PASSWORD").asText()).isEqualTo("secret");
        JsonNode sent = json.readTree(stub.requests(CREATE).get(0).body());
        assertThat(sent.path("ORDER_NUMBER").asText()).isEqualTo(ViettelpostSamples.REFERENCE);
        assertThat(sent.path("ORDER_SERVICE").asText()).isEqualTo("VCN");
        assertThat(sent.path("RECEIVER_WARD").asInt()).isEqualTo(9005);
        assertThat(operator.tokenState()).hasValueSatisfying(s -> assertThat(s.logins()).isEqualTo(1));
    }

    @Test
    void createRequestAndReplyAreRecordedInTheMessageLogAsSentAndReceived() {
        stub.reply(CREATE, 200, ACCEPTED);

        operator.create(ViettelpostSamples.order());

        assertThat(messageLog.entries()).extracting(RecordingMessageLog.Entry::direction)
                .containsExactly(Direction.OUT, Direction.IN);
        assertThat(messageLog.entries()).extracting(RecordingMessageLog.Entry::party).containsOnly("operator:viettelpost");
        Correlation sent = Correlation.of("000.00.12.H26", "000.00.12.H26-261128-0001");
        assertThat(messageLog.entries().get(0).correlation()).isEqualTo(sent);
        assertThat(messageLog.entries().get(0).body()).isEqualTo(stub.requests(CREATE).get(0).body());
        assertThat(messageLog.entries().get(1).correlation()).isEqualTo(sent.withWaybill(ViettelpostSamples.WAYBILL));
        assertThat(messageLog.entries().get(1).body()).isEqualTo(ACCEPTED);
    }

    @Test
    void httpUnauthorisedRefreshesTheTokenOnceAndRepeats() {
        stub.reply(CREATE, 401, EXPIRED).reply(CREATE, 200, ACCEPTED);

        assertThat(operator.create(ViettelpostSamples.order())).isEqualTo(CREATED);
        assertThat(stub.requests(CREATE)).extracting(Req::token).containsExactly("tok-1", "tok-2");
    }

    @Test
    void tokenExpiredInTheReplyBodyRefreshesTheTokenOnceAndRepeats() {
        stub.reply(CREATE, 200, EXPIRED).reply(CREATE, 200, ACCEPTED);

        assertThat(operator.create(ViettelpostSamples.order())).isEqualTo(CREATED);
        assertThat(stub.count(LOGIN)).isEqualTo(2);
        assertThat(stub.requests(CREATE)).extracting(Req::token).containsExactly("tok-1", "tok-2");
    }

    @Test
    void aSecondRefusalIsNotRetriedAgainButStaysRetryable() {
        stub.reply(CREATE, 401, EXPIRED).reply(CREATE, 200, EXPIRED).reply(CREATE, 200, ACCEPTED);

        OrderOutcome outcome = operator.create(ViettelpostSamples.order());

        assertThat(outcome).isInstanceOf(OrderOutcome.Retryable.class);
        assertThat(((OrderOutcome.Retryable) outcome).reason()).contains("credentials");
        assertThat(stub.count(LOGIN)).isEqualTo(2);
        assertThat(stub.count(CREATE)).isEqualTo(2);
    }

    @Test
    void tokenIsRefreshedWhenItIsAboutToExpire() {
        stub.tokenLifetimeSeconds = 120;
        stub.reply(CREATE, 200, ACCEPTED).reply(CREATE, 200, ACCEPTED).reply(CREATE, 200, ACCEPTED);

        operator.create(ViettelpostSamples.order());
        clock.advance(Duration.ofSeconds(59));
        operator.create(ViettelpostSamples.order());
        clock.advance(Duration.ofSeconds(2)); // 61 s: inside the 60 s refresh margin of a 120 s token
        operator.create(ViettelpostSamples.order());

        assertThat(stub.count(LOGIN)).isEqualTo(2);
        assertThat(stub.requests(CREATE)).extracting(Req::token).containsExactly("tok-1", "tok-1", "tok-2");
    }

    @Test
    void duplicateOrderNumberLooksUpTheExistingWaybill() {
        stub.reply(CREATE, 200, Fixtures.read("viettelpost/create-duplicate.json"))
                .reply(LOOKUP, 200, Fixtures.read("viettelpost/lookup.json"));

        assertThat(operator.create(ViettelpostSamples.order())).isEqualTo(new OrderOutcome.Duplicate(ViettelpostSamples.WAYBILL));
        List<Req> lookups = stub.requests(LOOKUP);
        assertThat(lookups).hasSize(1);
        assertThat(lookups.get(0).query()).isEqualTo("ORDER_REFERENCE=" + ViettelpostSamples.REFERENCE);
        assertThat(lookups.get(0).token()).isEqualTo("tok-1");
    }

    @Test
    void duplicateWhoseLookupFailsIsRetryable() {
        stub.reply(CREATE, 200, Fixtures.read("viettelpost/create-duplicate.json"))
                .reply(LOOKUP, 200, "{\"status\":404,\"error\":true,\"message\":\"no order\"}");

        assertThat(operator.create(ViettelpostSamples.order())).isInstanceOf(OrderOutcome.Retryable.class);
        assertThat(stub.count(LOOKUP)).isEqualTo(1);
    }

    @Test
    void wardWithoutViettelIdIsRejectedWithoutCallingViettel() {
        OrderOutcome outcome = operator.create(ViettelpostSamples.order(ServiceLevel.STANDARD, null, 0L,
                new Address("01", "00091", "Số 3 phố Trần Duy Hưng")));

        assertThat(outcome).isInstanceOf(OrderOutcome.Rejected.class);
        assertThat(((OrderOutcome.Rejected) outcome).code()).isEqualTo("NO_LOCATION_MAPPING");
        assertThat(((OrderOutcome.Rejected) outcome).reason()).contains("00091");
        assertThat(stub.count(LOGIN) + stub.count(CREATE)).isZero();
        assertThat(messageLog.entries()).isEmpty();
    }

    @Test
    void invalidReceiverIsRejected() {
        stub.reply(CREATE, 200, Fixtures.read("viettelpost/create-invalid-receiver.json"));

        assertThat(operator.create(ViettelpostSamples.order())).isEqualTo(new OrderOutcome.Rejected("VTP_400",
                "Thông tin người nhận không hợp lệ / receiver phone and location ids"));
    }

    @Test
    void serverErrorIsRetryable() {
        stub.reply(CREATE, 503, "<html><body>Service Unavailable</body></html>");

        assertThat(operator.create(ViettelpostSamples.order())).isInstanceOf(OrderOutcome.Retryable.class);
    }

    @Test
    void replySlowerThanTheReadTimeoutIsRetryable() {
        ViettelpostOperator impatient = operator(Duration.ofMillis(300));
        stub.heldReply(CREATE, 200, ACCEPTED);

        OrderOutcome outcome = impatient.create(ViettelpostSamples.order());
        stub.release();

        assertThat(outcome).isInstanceOf(OrderOutcome.Retryable.class);
        assertThat(stub.count(CREATE)).isEqualTo(1);
    }

    @Test
    void refusedLoginIsRetryableAndNothingIsCreated() {
        stub.reply(LOGIN, 500, "").reply(LOGIN, 200, "{\"status\":400,\"error\":true,\"message\":\"Sai mật khẩu\"}");

        assertThat(operator.create(ViettelpostSamples.order())).isInstanceOf(OrderOutcome.Retryable.class);
        OrderOutcome second = operator.create(ViettelpostSamples.order());
        assertThat(second).isInstanceOf(OrderOutcome.Retryable.class);
        assertThat(((OrderOutcome.Retryable) second).reason()).contains("Sai mật khẩu");
        assertThat(stub.count(CREATE)).isZero();
    }

    @Test
    void stoppedOperatorIsRetryableNotAnException() {
        stub.stop();

        assertThat(operator.create(ViettelpostSamples.order())).isInstanceOf(OrderOutcome.Retryable.class);
        assertThat(operator.cancel(ORDER)).isInstanceOf(CancelOutcome.Retryable.class);
        assertThat(operator.track(ORDER)).isInstanceOf(TrackOutcome.Retryable.class);
    }

    @Test
    void cancelBeforePickupIsCancelledWithUpdateOrderTypeFourAndAudited() throws Exception {
        stub.reply(UPDATE, 200, Fixtures.read("viettelpost/cancel-ok.json"));

        assertThat(operator.cancel(ORDER)).isEqualTo(new CancelOutcome.Cancelled());

        Req sent = stub.requests(UPDATE).get(0);
        assertThat(sent.token()).isEqualTo("tok-1");
        JsonNode body = json.readTree(sent.body());
        assertThat(body.path("TYPE").asInt()).isEqualTo(4);
        assertThat(body.path("ORDER_NUMBER").asText()).isEqualTo(ViettelpostSamples.WAYBILL);
        assertThat(messageLog.entries()).extracting(RecordingMessageLog.Entry::direction)
                .containsExactly(Direction.OUT, Direction.IN);
        assertThat(messageLog.entries().get(0).body()).isEqualTo(sent.body());
        assertThat(messageLog.entries().get(0).correlation()).isEqualTo(Correlation.ofWaybill(ViettelpostSamples.WAYBILL));
    }

    @Test
    void cancelAfterPickupIsTooLateWithViettelsMessage() {
        stub.reply(UPDATE, 200, Fixtures.read("viettelpost/cancel-too-late.json"));

        assertThat(operator.cancel(ORDER)).isEqualTo(new CancelOutcome.TooLate(
                "Đơn hàng đã được lấy, không thể hủy / the order was picked up and can no longer be cancelled"));
    }

    @Test
    void cancelOnServerErrorIsRetryable() {
        stub.reply(UPDATE, 502, "");

        assertThat(operator.cancel(ORDER)).isInstanceOf(CancelOutcome.Retryable.class);
    }

    @Test
    void trackReadsTheEventHistory() {
        stub.reply(TRACKING, 200, Fixtures.read("viettelpost/tracking.json"));

        List<OperatorStatusEvent> events = ((TrackOutcome.Events) operator.track(ORDER)).events();

        assertThat(events).extracting(OperatorStatusEvent::statusCode).containsExactly("105", "300", "501");
        assertThat(stub.requests(TRACKING).get(0).query()).isEqualTo("ORDER_NUMBER=" + ViettelpostSamples.WAYBILL);
    }

    @Test
    void trackOfAnUnknownWaybillIsNotFoundAndAnUnreadableListRetryable() {
        stub.reply(TRACKING, 200, "{\"status\":404,\"error\":true,\"message\":\"no order\"}")
                .reply(TRACKING, 200, "{\"status\":200,\"error\":false,\"data\":[{\"ORDER_NUMBER\":\"1\"}]}");

        assertThat(operator.track(ORDER)).isInstanceOf(TrackOutcome.NotFound.class);
        assertThat(operator.track(ORDER)).isInstanceOf(TrackOutcome.Retryable.class);
    }

    @Test
    void pushesWithTheTokenInTheBody() {
        String body = Fixtures.read("viettelpost/webhook-delivered.json");

        assertThat(operator.trackingMode()).isEqualTo(TrackingMode.PUSH);
        assertThat(operator.webhookScheme()).isEqualTo(WebhookScheme.BODY_TOKEN);
        assertThat(operator.webhookToken(body)).isEqualTo("demo-only-viettelpost-webhook-token");
        assertThat(operator.readWebhook(body).statusCode()).isEqualTo("501");
        assertThat(operator.code()).isEqualTo("viettelpost");
    }

    private ViettelpostOperator operator(Duration readTimeout) {
        ViettelpostProperties props = new ViettelpostProperties(stub.baseUrl(), "gateway", "secret",
                Duration.ofSeconds(2), readTimeout, Duration.ofSeconds(60), ViettelpostSamples.SERVICES, table, 3, 1);
        OutboundHttp http = new OutboundHttp(RestClient.builder(), BackgroundPriority.ofDefaults());
        return new ViettelpostOperator(props, json, http, (Clock) clock, messageLog);
    }
}
