package vn.resultpost.gateway.operator.vnpost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.MutableClock;
import vn.resultpost.gateway.audit.Correlation;
import vn.resultpost.gateway.audit.Direction;
import vn.resultpost.gateway.audit.RecordingMessageLog;
import vn.resultpost.gateway.canonical.CancelOutcome;
import vn.resultpost.gateway.canonical.OperatorStatusEvent;
import vn.resultpost.gateway.canonical.OrderOutcome;
import vn.resultpost.gateway.canonical.OrderRef;
import vn.resultpost.gateway.canonical.TrackOutcome;
import vn.resultpost.gateway.support.BackgroundPriority;
import vn.resultpost.gateway.support.OutboundHttp;

/** The VNPost adapter over real HTTP against a JDK HttpServer stub (no Spring context, no HTTP mocks). */
class VnpostOperatorTest {

    private static final String TOKEN = "POST /api/v1/auth/token";
    private static final String CREATE = "POST /api/v1/orders";
    private static final String LOOKUP = "GET /api/v1/orders";
    private static final String ACCEPTED = "{\"itemCode\":\"" + VnpostSamples.WAYBILL + "\",\"orderReference\":\""
            + VnpostSamples.REFERENCE + "\",\"totalFee\":18000,\"statusCode\":\"1\"}";

    private static final OrderRef ORDER = new OrderRef(VnpostSamples.REFERENCE, VnpostSamples.WAYBILL);

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    private final Stub stub = new Stub();
    private final RecordingMessageLog messageLog = new RecordingMessageLog();
    private VnpostOperator operator;

    @BeforeEach
    void start() throws IOException {
        stub.start();
        operator = operator(stub.baseUrl(), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        stub.stop();
    }

    @Test
    void tokenIsRequestedOnceAndReusedAcrossCreates() throws Exception {
        stub.reply(CREATE, 200, ACCEPTED).reply(CREATE, 200, ACCEPTED);

        OrderOutcome first = operator.create(VnpostSamples.order());
        OrderOutcome second = operator.create(VnpostSamples.order());

        assertThat(first).isEqualTo(new OrderOutcome.Accepted(VnpostSamples.WAYBILL, 18_000L));
        assertThat(second).isEqualTo(first);
        assertThat(stub.count(TOKEN)).isEqualTo(1);
        assertThat(stub.requests(CREATE)).extracting(Req::token).containsExactly("tok-1", "tok-1");

        JsonNode tokenRequest = json.readTree(stub.requests(TOKEN).get(0).body());
        assertThat(tokenRequest.path("username").asText()).isEqualTo("gateway");
        assertThat(tokenRequest.path("password").asText()).isEqualTo("secret");
        assertThat(tokenRequest.path("customerCode").asText()).isEqualTo(VnpostSamples.CUSTOMER_CODE);

        JsonNode sent = json.readTree(stub.requests(CREATE).get(0).body());
        assertThat(sent.path("orderReference").asText()).isEqualTo(VnpostSamples.REFERENCE);
        assertThat(sent.path("serviceCode").asText()).isEqualTo("CTN");
        assertThat(sent.path("customerCode").asText()).isEqualTo(VnpostSamples.CUSTOMER_CODE);
    }

    @Test
    void createRequestAndReplyAreRecordedInTheMessageLogAsSentAndReceived() {
        stub.reply(CREATE, 200, ACCEPTED);

        operator.create(VnpostSamples.order());

        assertThat(messageLog.entries()).extracting(RecordingMessageLog.Entry::direction)
                .containsExactly(Direction.OUT, Direction.IN);
        assertThat(messageLog.entries()).extracting(RecordingMessageLog.Entry::party).containsOnly("operator:vnpost");
        RecordingMessageLog.Entry request = messageLog.entries().get(0);
        RecordingMessageLog.Entry reply = messageLog.entries().get(1);
        String agency = VnpostSamples.order().result().agencyCode();
        String dossier = VnpostSamples.order().result().dossierCode();
        assertThat(request.correlation()).isEqualTo(new Correlation(agency, dossier, null));
        assertThat(request.body()).isEqualTo(stub.requests(CREATE).get(0).body());
        assertThat(reply.correlation()).isEqualTo(new Correlation(agency, dossier, VnpostSamples.WAYBILL));
        assertThat(reply.body()).isEqualTo(ACCEPTED);
    }

    @Test
    void unauthorisedCreateRefreshesTokenOnceAndRepeats() {
        stub.reply(CREATE, 401, "{\"errorCode\":\"UNAUTHORIZED\",\"message\":\"expired\"}").reply(CREATE, 200, ACCEPTED);

        OrderOutcome outcome = operator.create(VnpostSamples.order());

        assertThat(outcome).isEqualTo(new OrderOutcome.Accepted(VnpostSamples.WAYBILL, 18_000L));
        assertThat(stub.count(TOKEN)).isEqualTo(2);
        assertThat(stub.requests(CREATE)).extracting(Req::token).containsExactly("tok-1", "tok-2");
    }

    @Test
    void secondUnauthorisedIsNotRetriedAgainButStaysRetryable() {
        stub.reply(CREATE, 401, "{\"errorCode\":\"UNAUTHORIZED\"}").reply(CREATE, 401, "{\"errorCode\":\"UNAUTHORIZED\"}")
                .reply(CREATE, 200, ACCEPTED);

        OrderOutcome outcome = operator.create(VnpostSamples.order());

        assertThat(outcome).isInstanceOf(OrderOutcome.Retryable.class);
        assertThat(((OrderOutcome.Retryable) outcome).reason()).contains("credentials");
        assertThat(stub.count(TOKEN)).isEqualTo(2);
        assertThat(stub.count(CREATE)).isEqualTo(2);
    }

    @Test
    void tokenIsRefreshedWhenItIsAboutToExpire() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-28T03:00:00Z"));
        VnpostOperator timed = operator(stub.baseUrl(), clock);
        stub.tokenLifetimeSeconds = 120;
        stub.reply(CREATE, 200, ACCEPTED).reply(CREATE, 200, ACCEPTED).reply(CREATE, 200, ACCEPTED);

        timed.create(VnpostSamples.order());
        clock.advance(Duration.ofSeconds(59));
        timed.create(VnpostSamples.order());
        clock.advance(Duration.ofSeconds(2)); // 61 s: inside the 60 s refresh margin of a 120 s token
        timed.create(VnpostSamples.order());

        assertThat(stub.count(TOKEN)).isEqualTo(2);
        assertThat(stub.requests(CREATE)).extracting(Req::token).containsExactly("tok-1", "tok-1", "tok-2");
    }

    @Test
    void duplicateReferenceLooksUpTheExistingWaybill() {
        stub.reply(CREATE, 409, "{\"errorCode\":\"DUPLICATE_REFERENCE\",\"message\":\"orderReference already used\"}")
                .reply(LOOKUP, 200, ACCEPTED);

        OrderOutcome outcome = operator.create(VnpostSamples.order());

        assertThat(outcome).isEqualTo(new OrderOutcome.Duplicate(VnpostSamples.WAYBILL));
        List<Req> lookups = stub.requests(LOOKUP);
        assertThat(lookups).hasSize(1);
        assertThat(lookups.get(0).query()).isEqualTo("orderReference=" + VnpostSamples.REFERENCE);
        assertThat(lookups.get(0).token()).isEqualTo("tok-1");
        assertThat(stub.count(TOKEN)).isEqualTo(1);
    }

    @Test
    void duplicateWhoseLookupFailsIsRetryable() {
        stub.reply(CREATE, 409, "{\"errorCode\":\"DUPLICATE_REFERENCE\",\"message\":\"orderReference already used\"}")
                .reply(LOOKUP, 404, "{\"errorCode\":\"NOT_FOUND\",\"message\":\"" + VnpostSamples.REFERENCE + "\"}");

        OrderOutcome outcome = operator.create(VnpostSamples.order());

        assertThat(outcome).isInstanceOf(OrderOutcome.Retryable.class);
        assertThat(((OrderOutcome.Retryable) outcome).reason()).contains("404");
        assertThat(stub.count(LOOKUP)).isEqualTo(1);
    }

    @Test
    void invalidReceiverIsRejected() {
        stub.reply(CREATE, 400, "{\"errorCode\":\"INVALID_RECEIVER\",\"message\":\"receiver phone and ward\"}");

        OrderOutcome outcome = operator.create(VnpostSamples.order());

        assertThat(outcome).isEqualTo(new OrderOutcome.Rejected("INVALID_RECEIVER", "receiver phone and ward"));
    }

    @Test
    void serverErrorIsRetryable() {
        stub.reply(CREATE, 503, "<html><body>Service Unavailable</body></html>");

        assertThat(operator.create(VnpostSamples.order())).isInstanceOf(OrderOutcome.Retryable.class);
    }

    @Test
    void refusedTokenIsRetryable() {
        stub.reply(TOKEN, 500, "{\"errorCode\":\"INTERNAL\"}");

        OrderOutcome outcome = operator.create(VnpostSamples.order());

        assertThat(outcome).isInstanceOf(OrderOutcome.Retryable.class);
        assertThat(stub.count(CREATE)).isZero();
    }

    @Test
    void stoppedOperatorIsRetryableNotAnException() {
        stub.stop();

        OrderOutcome created = operator.create(VnpostSamples.order());
        CancelOutcome cancelled = operator.cancel(ORDER);

        assertThat(created).isInstanceOf(OrderOutcome.Retryable.class);
        assertThat(cancelled).isInstanceOf(CancelOutcome.Retryable.class);
        assertThat(operator.track(ORDER)).isInstanceOf(TrackOutcome.Retryable.class);
    }

    @Test
    void cancelBeforePickupIsCancelled() {
        stub.reply("POST /api/v1/orders/" + VnpostSamples.WAYBILL + "/cancel", 200,
                "{\"itemCode\":\"" + VnpostSamples.WAYBILL + "\",\"statusCode\":\"22\"}");

        CancelOutcome outcome = operator.cancel(ORDER);

        assertThat(outcome).isEqualTo(new CancelOutcome.Cancelled());
        assertThat(stub.requests("POST /api/v1/orders/" + VnpostSamples.WAYBILL + "/cancel"))
                .extracting(Req::token).containsExactly("tok-1");
    }

    @Test
    void cancelAfterPickupIsTooLate() {
        String body = "{\"errorCode\":\"ALREADY_PICKED_UP\",\"message\":\"cancel only before pickup\"}";
        stub.reply("POST /api/v1/orders/" + VnpostSamples.WAYBILL + "/cancel", 409, body);

        CancelOutcome outcome = operator.cancel(ORDER);

        assertThat(outcome).isEqualTo(new CancelOutcome.TooLate("cancel only before pickup"));
    }

    @Test
    void cancelOnServerErrorIsRetryable() {
        stub.reply("POST /api/v1/orders/" + VnpostSamples.WAYBILL + "/cancel", 503, "");

        assertThat(operator.cancel(ORDER)).isInstanceOf(CancelOutcome.Retryable.class);
    }

    @Test
    void trackReadsTheEventHistory() {
        stub.reply("GET /api/v1/orders/" + VnpostSamples.WAYBILL + "/tracking", 200,
                Fixtures.read("vnpost/tracking.json"));

        List<OperatorStatusEvent> events = ((TrackOutcome.Events) operator.track(ORDER)).events();

        assertThat(events).extracting(OperatorStatusEvent::statusCode).containsExactly("2", "3", "5");
        assertThat(events.get(0)).isEqualTo(new OperatorStatusEvent("vnpost", VnpostSamples.WAYBILL,
                VnpostSamples.REFERENCE, "2", "Đã nhận hàng", Instant.parse("2026-11-28T03:15:00Z")));
        assertThat(stub.requests("GET /api/v1/orders/" + VnpostSamples.WAYBILL + "/tracking"))
                .extracting(Req::token).containsExactly("tok-1");
    }

    @Test
    void trackOnServerErrorAsksToRetryLater() {
        stub.reply("GET /api/v1/orders/" + VnpostSamples.WAYBILL + "/tracking", 500, "");

        assertThat(operator.track(ORDER)).isInstanceOf(TrackOutcome.Retryable.class);
    }

    @Test
    void trackOfAnUnknownWaybillIsNotFound() {
        stub.reply("GET /api/v1/orders/" + VnpostSamples.WAYBILL + "/tracking", 404,
                "{\"errorCode\":\"NOT_FOUND\",\"message\":\"" + VnpostSamples.WAYBILL + "\"}");

        assertThat(operator.track(ORDER)).isInstanceOf(TrackOutcome.NotFound.class);
    }

    private VnpostOperator operator(String baseUrl, Clock clock) {
        VnpostProperties props = new VnpostProperties(baseUrl, "gateway", "secret", VnpostSamples.CUSTOMER_CODE,
                Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(60),
                Map.of("STANDARD", "CTN", "EXPRESS", "EMS"));
        OutboundHttp http = new OutboundHttp(RestClient.builder(), BackgroundPriority.ofDefaults());
        return new VnpostOperator(props, json, http, clock, messageLog);
    }

    /** One request the stub received. */
    record Req(String method, String path, String query, String token, String body) {
    }

    private record Resp(int status, String body) {
    }

    /**
     * A VNPost-shaped HTTP stub: issues tok-1, tok-2, ... on the token endpoint (unless scripted
     * otherwise), answers other endpoints from per-route queues of scripted replies, records every request.
     */
    private static final class Stub {

        private final Map<String, Deque<Resp>> scripted = new ConcurrentHashMap<>();
        private final List<Req> received = new CopyOnWriteArrayList<>();
        private final AtomicInteger tokens = new AtomicInteger();
        volatile long tokenLifetimeSeconds = 3600;
        private HttpServer server;

        void start() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", this::handle);
            server.start();
        }

        void stop() {
            server.stop(0);
        }

        String baseUrl() {
            return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
        }

        Stub reply(String route, int status, String body) {
            scripted.computeIfAbsent(route, r -> new ArrayDeque<>()).add(new Resp(status, body));
            return this;
        }

        List<Req> requests(String route) {
            return received.stream().filter(r -> route.equals(r.method() + " " + r.path())).toList();
        }

        int count(String route) {
            return requests(route).size();
        }

        private void handle(HttpExchange ex) throws IOException {
            try (ex) {
                String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String method = ex.getRequestMethod();
                String path = ex.getRequestURI().getPath();
                String route = method + " " + path;
                received.add(new Req(method, path, ex.getRequestURI().getRawQuery(),
                        ex.getRequestHeaders().getFirst(VnpostClient.TOKEN_HEADER), body));
                Resp resp = next(route);
                if (resp == null && route.equals(TOKEN)) {
                    resp = new Resp(200, "{\"token\":\"tok-" + tokens.incrementAndGet() + "\",\"expiresIn\":"
                            + tokenLifetimeSeconds + "}");
                }
                if (resp == null) {
                    resp = new Resp(404, "{\"errorCode\":\"NOT_FOUND\",\"message\":\"no scripted reply for "
                            + route + "\"}");
                }
                byte[] out = resp.body().getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().set("Content-Type",
                        resp.body().startsWith("<") ? "text/html" : "application/json");
                ex.sendResponseHeaders(resp.status(), out.length == 0 ? -1 : out.length);
                if (out.length > 0) {
                    ex.getResponseBody().write(out);
                }
            }
        }

        private Resp next(String route) {
            Deque<Resp> queue = scripted.get(route);
            synchronized (this) {
                return queue == null ? null : queue.poll();
            }
        }
    }
}
