package vn.resultpost.gateway.operator.vnposthcc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.canonical.CancelOutcome;
import vn.resultpost.gateway.canonical.OperatorStatusEvent;
import vn.resultpost.gateway.canonical.OrderOutcome;
import vn.resultpost.gateway.canonical.TrackOutcome;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccMessages.TokenReply;

/** Reply fixtures of the LGSP and the HCC channel parse into the expected canonical outcomes. */
class VnpostHccResponseParserTest {

    private final VnpostHccResponseParser parser = new VnpostHccResponseParser(new ObjectMapper());

    private static String fixture(String name) {
        return Fixtures.read("vnpost-hcc/" + name);
    }

    // --- token

    @Test
    void tokenReplyGivesTokenTypeAndLifetime() {
        assertThat(parser.token(fixture("token.json")))
                .isEqualTo(new TokenReply("0b7f3c1e-2a4d-4e8f-9c6b-5d1a7e3f2b90", "Bearer", 3600L));
    }

    @Test
    void tokenLifetimeAndTypeDefaultWhenMissing() {
        assertThat(parser.token("{\"access_token\":\"abc\"}")).isEqualTo(new TokenReply("abc", "Bearer", 3600L));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"expires_in\":3600}", "{\"access_token\":\" \"}", "", "<html>502</html>"})
    void tokenReplyWithoutTokenFails(String body) {
        assertThatThrownBy(() -> parser.token(body)).isInstanceOf(IllegalStateException.class);
    }

    // --- post order

    @Test
    void acceptedReplyGivesWaybillAndFee() {
        assertThat(parser.createOutcome(200, fixture("post-order-accepted.json")))
                .isEqualTo(new OrderOutcome.Accepted("EB123456789VN", 15_000L));
    }

    @Test
    void acceptedWithoutItemCodeIsRetryable() {
        assertThat(parser.createOutcome(200, "{\"OrderNumber\":\"r1\",\"StatusCode\":\"1\"}"))
                .isInstanceOf(OrderOutcome.Retryable.class);
        assertThat(parser.createOutcome(200, "")).isInstanceOf(OrderOutcome.Retryable.class);
    }

    @Test
    void duplicateOrderNumberIsDuplicate() {
        assertThat(parser.createOutcome(409, fixture("post-order-duplicate.json")))
                .isEqualTo(new OrderOutcome.Duplicate(null));
    }

    @Test
    void anotherConflictIsRejected() {
        assertThat(parser.createOutcome(409, "{\"ErrorCode\":\"ORDER_LOCKED\",\"ErrorMessage\":\"locked\"}"))
                .isEqualTo(new OrderOutcome.Rejected("ORDER_LOCKED", "locked"));
    }

    @Test
    void invalidOrderIsRejectedWithCodeAndMessage() {
        assertThat(parser.createOutcome(400, fixture("post-order-invalid.json")))
                .isEqualTo(new OrderOutcome.Rejected("INVALID_ORDER", "ReceiverTel is required"));
    }

    @Test
    void lgspInvalidTokenFaultIsRetryableAndNamesTheCredentials() {
        OrderOutcome outcome = parser.createOutcome(401, fixture("lgsp-fault-invalid-token.json"));

        assertThat(outcome).isInstanceOfSatisfying(OrderOutcome.Retryable.class, r -> assertThat(r.reason())
                .contains("credentials", "401", "Invalid Credentials", "Access token expired or invalid"));
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504, 429, 408})
    void transientStatusesAreRetryable(int status) {
        OrderOutcome outcome = parser.createOutcome(status, fixture("lgsp-fault-backend-down.json"));

        assertThat(outcome).isInstanceOfSatisfying(OrderOutcome.Retryable.class,
                r -> assertThat(r.reason()).contains(String.valueOf(status), "Runtime Error"));
    }

    @Test
    void htmlErrorPageIsRetryableWithoutThrowing() {
        String html = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";

        assertThat(parser.createOutcome(502, html)).isInstanceOfSatisfying(OrderOutcome.Retryable.class,
                r -> assertThat(r.reason()).contains("502", "Bad Gateway"));
    }

    @Test
    void unknownFieldsAreIgnored() {
        assertThat(parser.createOutcome(200, "{\"ItemCode\":\"EB123456785VN\",\"Extra\":{\"x\":1}}"))
                .isEqualTo(new OrderOutcome.Accepted("EB123456785VN", null));
    }

    // --- cancel

    @Test
    void cancelledReplyIsCancelled() {
        assertThat(parser.cancelOutcome(200, fixture("cancelled.json"))).isEqualTo(new CancelOutcome.Cancelled());
    }

    @Test
    void cancelAfterPickupIsTooLate() {
        assertThat(parser.cancelOutcome(409, fixture("cancel-not-allowed.json"))).isEqualTo(new CancelOutcome.TooLate(
                "CANCEL_NOT_ALLOWED: Bưu gửi đã được nhận, không thể hủy / already picked up"));
    }

    @Test
    void cancelOfAnUnknownOrderIsTooLateNotRetriedForever() {
        assertThat(parser.cancelOutcome(404, fixture("tracking-not-found.json")))
                .isInstanceOf(CancelOutcome.TooLate.class);
    }

    @Test
    void cancelWhileTheBackendIsDownIsRetryable() {
        assertThat(parser.cancelOutcome(503, fixture("lgsp-fault-backend-down.json")))
                .isInstanceOf(CancelOutcome.Retryable.class);
    }

    // --- tracking

    @Test
    void trackingHistoryIsOldestFirstInAnyTimeFormat() {
        TrackOutcome outcome = parser.trackOutcome(200, fixture("tracking.json"), VnpostHccSamples.WAYBILL);

        List<OperatorStatusEvent> events = ((TrackOutcome.Events) outcome).events();
        assertThat(events).extracting(OperatorStatusEvent::statusCode).containsExactly("1", "6", "10");
        assertThat(events).extracting(OperatorStatusEvent::occurredAt).containsExactly(
                Instant.parse("2026-11-28T02:00:00.250Z"), Instant.parse("2026-11-28T03:15:00Z"),
                Instant.parse("2026-11-28T07:00:00Z"));
        assertThat(events.get(1)).isEqualTo(new OperatorStatusEvent("vnpost-hcc", "EB123456789VN",
                VnpostHccSamples.REFERENCE, "6", "Đã nhận hàng", Instant.parse("2026-11-28T03:15:00Z")));
    }

    @Test
    void trackingWithoutItemCodeUsesTheKnownWaybill() {
        String body = "{\"OrderNumber\":\"r1\",\"History\":[{\"StatusCode\":\"6\",\"StatusDate\":\"20261128101500\"}]}";

        List<OperatorStatusEvent> events = parser.tracking(body, "EB000000015VN");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.waybill()).isEqualTo("EB000000015VN");
            assertThat(e.occurredAt()).isEqualTo(Instant.parse("2026-11-28T03:15:00Z"));
        });
    }

    @Test
    void trackingWithoutHistoryIsEmpty() {
        assertThat(parser.tracking("{\"ItemCode\":\"EB123456789VN\"}", null)).isEmpty();
        assertThat(parser.tracking("{\"ItemCode\":\"EB123456789VN\",\"History\":[]}", null)).isEmpty();
    }

    @Test
    void unknownOrderIsNotFound() {
        assertThat(parser.trackOutcome(404, fixture("tracking-not-found.json"), VnpostHccSamples.WAYBILL))
                .isInstanceOf(TrackOutcome.NotFound.class);
    }

    @Test
    void unknownServiceAtTheLgspIsNotTakenForAnUnknownOrder() {
        String fault = "{\"fault\":{\"code\":404,\"message\":\"No matching resource found\"}}";

        assertThat(parser.trackOutcome(404, fault, VnpostHccSamples.WAYBILL)).isInstanceOf(TrackOutcome.Retryable.class);
    }

    @Test
    void trackingWhileTheBackendIsDownIsRetryable() {
        assertThat(parser.trackOutcome(503, fixture("lgsp-fault-backend-down.json"), VnpostHccSamples.WAYBILL))
                .isInstanceOf(TrackOutcome.Retryable.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"ItemCode\":\"EB1\",\"History\":[{\"StatusDate\":\"2026-11-28T10:15:00+07:00\"}]}",
        "{\"ItemCode\":\"EB1\",\"History\":[{\"StatusCode\":\"6\"}]}",
        "{\"ItemCode\":\"EB1\",\"History\":[{\"StatusCode\":\"6\",\"StatusDate\":\"28-11-2026\"}]}",
        "{\"ItemCode\":\"EB1\",\"History\":[null]}",
        "{\"ItemCode\":\"EB1\",\"History\":",
        "not json"
    })
    void unreadableTrackingFailsAsUnreadable(String body) {
        assertThatThrownBy(() -> parser.tracking(body, "EB1")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void itemCodeOfALookupReply() {
        assertThat(parser.itemCode(200, fixture("tracking.json"))).isEqualTo("EB123456789VN");
        assertThat(parser.itemCode(404, fixture("tracking-not-found.json"))).isNull();
        assertThat(parser.itemCode(200, "{\"OrderNumber\":\"r1\"}")).isNull();
    }
}
