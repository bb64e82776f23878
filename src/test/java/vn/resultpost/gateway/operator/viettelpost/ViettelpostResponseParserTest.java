package vn.resultpost.gateway.operator.viettelpost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.canonical.CancelOutcome;
import vn.resultpost.gateway.canonical.OperatorStatusEvent;
import vn.resultpost.gateway.canonical.OrderOutcome;
import vn.resultpost.gateway.canonical.TrackOutcome;
import vn.resultpost.gateway.operator.TokenCache;

/** Viettel Post's replies (fixtures) as canonical outcomes. */
class ViettelpostResponseParserTest {

    private final ViettelpostResponseParser parser = new ViettelpostResponseParser(new ObjectMapper());

    // --- createOrder

    @Test
    void acceptedOrderGivesViettelsWaybillAndTheTotalFee() {
        OrderOutcome outcome = parser.createOutcome(200, Fixtures.read("viettelpost/create-accepted.json"));

        assertThat(outcome).isEqualTo(new OrderOutcome.Accepted(ViettelpostSamples.WAYBILL, 23_220L));
    }

    @Test
    void duplicateOrderNumberIsDuplicate() {
        assertThat(parser.createOutcome(200, Fixtures.read("viettelpost/create-duplicate.json")))
                .isEqualTo(new OrderOutcome.Duplicate(null));
    }

    @Test
    void refusedOrderIsRejectedWithViettelsStatusAndMessage() {
        OrderOutcome outcome = parser.createOutcome(200, Fixtures.read("viettelpost/create-invalid-receiver.json"));

        assertThat(outcome).isEqualTo(new OrderOutcome.Rejected("VTP_400",
                "Thông tin người nhận không hợp lệ / receiver phone and location ids"));
    }

    @Test
    void okWithoutAnOrderNumberIsRetryable() {
        assertThat(parser.createOutcome(200, "{\"status\":200,\"error\":false,\"data\":{\"MONEY_TOTAL\":1}}"))
                .isInstanceOf(OrderOutcome.Retryable.class);
        assertThat(parser.createOutcome(200, "{\"status\":200,\"error\":false,\"data\":null}"))
                .isInstanceOf(OrderOutcome.Retryable.class);
        assertThat(parser.createOutcome(200, "")).isInstanceOf(OrderOutcome.Retryable.class);
        assertThat(parser.createOutcome(200, "<html>maintenance</html>")).isInstanceOf(OrderOutcome.Retryable.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504, 429, 408})
    void transientHttpStatusesAreRetryable(int status) {
        OrderOutcome outcome = parser.createOutcome(status, "<html><body>Bad Gateway</body></html>");

        assertThat(outcome).isInstanceOf(OrderOutcome.Retryable.class);
        assertThat(((OrderOutcome.Retryable) outcome).reason()).contains(String.valueOf(status));
    }

    @Test
    void viettelsOwnServerErrorInTheEnvelopeIsRetryable() {
        OrderOutcome outcome = parser.createOutcome(200, "{\"status\":500,\"error\":true,\"message\":\"Lỗi hệ thống\"}");

        assertThat(outcome).isInstanceOf(OrderOutcome.Retryable.class);
        assertThat(((OrderOutcome.Retryable) outcome).reason()).contains("500", "Lỗi hệ thống");
    }

    @Test
    void refusedTokenIsRetryableNamingTheCredentialsNotARejectionOfTheOrder() {
        String expired = Fixtures.read("viettelpost/token-expired.json");

        assertThat(parser.tokenRefused(200, expired)).isTrue();
        assertThat(parser.tokenRefused(401, "")).isTrue();
        assertThat(parser.tokenRefused(200, Fixtures.read("viettelpost/create-accepted.json"))).isFalse();
        OrderOutcome outcome = parser.createOutcome(200, expired);
        assertThat(outcome).isInstanceOf(OrderOutcome.Retryable.class);
        assertThat(((OrderOutcome.Retryable) outcome).reason()).contains("credentials");
    }

    @Test
    void anotherHttpRefusalIsRejected() {
        assertThat(parser.createOutcome(400, "{\"status\":400,\"error\":true,\"message\":\"bad json\"}"))
                .isEqualTo(new OrderOutcome.Rejected("HTTP_400", "bad json"));
    }

    // --- lookup, cancel, tracking

    @Test
    void lookupGivesTheWaybillOfTheExistingOrder() {
        assertThat(parser.lookupWaybill(200, Fixtures.read("viettelpost/lookup.json"))).isEqualTo(ViettelpostSamples.WAYBILL);
        assertThat(parser.lookupWaybill(200, "{\"status\":404,\"error\":true,\"message\":\"no order\"}")).isNull();
        assertThat(parser.lookupWaybill(503, "")).isNull();
    }

    @Test
    void cancelBeforePickupIsCancelledAndAfterPickupTooLateWithViettelsMessage() {
        assertThat(parser.cancelOutcome(200, Fixtures.read("viettelpost/cancel-ok.json")))
                .isEqualTo(new CancelOutcome.Cancelled());
        assertThat(parser.cancelOutcome(200, Fixtures.read("viettelpost/cancel-too-late.json")))
                .isEqualTo(new CancelOutcome.TooLate(
                        "Đơn hàng đã được lấy, không thể hủy / the order was picked up and can no longer be cancelled"));
        assertThat(parser.cancelOutcome(503, "")).isInstanceOf(CancelOutcome.Retryable.class);
        assertThat(parser.cancelOutcome(200, "{\"status\":500,\"error\":true}")).isInstanceOf(CancelOutcome.Retryable.class);
    }

    @Test
    void trackingListsTheEventsOldestFirst() {
        TrackOutcome outcome = parser.trackOutcome(200, Fixtures.read("viettelpost/tracking.json"), ViettelpostSamples.WAYBILL);

        assertThat(((TrackOutcome.Events) outcome).events()).extracting(OperatorStatusEvent::statusCode)
                .containsExactly("105", "300", "501");
        assertThat(((TrackOutcome.Events) outcome).events().get(0).occurredAt())
                .isEqualTo(Instant.parse("2026-11-28T03:15:00Z"));
    }

    @Test
    void trackingOfAnUnknownWaybillIsNotFoundAndAFailureRetryable() {
        assertThat(parser.trackOutcome(200, "{\"status\":404,\"error\":true,\"message\":\"no order\"}", "1"))
                .isInstanceOf(TrackOutcome.NotFound.class);
        assertThat(parser.trackOutcome(502, "", "1")).isInstanceOf(TrackOutcome.Retryable.class);
        assertThat(parser.trackOutcome(200, "{\"status\":200,\"error\":false,\"data\":[]}", "1"))
                .isEqualTo(new TrackOutcome.Events(java.util.List.of()));
    }

    // --- login

    @Test
    void loginGrantsTheTokenUntilItsExpiryInEpochMilliseconds() {
        Instant now = Instant.ofEpochMilli(1_796_191_200_000L).minus(Duration.ofHours(24));

        TokenCache.Grant grant = parser.token(Fixtures.read("viettelpost/login.json"), now);

        assertThat(grant).isEqualTo(new TokenCache.Grant("eyJhbGciOiJFUzI1NiJ9.demo-token", Duration.ofHours(24)));
    }

    @Test
    void loginWithoutExpiryLastsAnHourAndAnExpiredOneNothing() {
        Instant now = Instant.parse("2026-11-28T03:00:00Z");
        assertThat(parser.token("{\"status\":200,\"error\":false,\"data\":{\"token\":\"t\"}}", now).lifetime())
                .isEqualTo(Duration.ofHours(1));
        assertThat(parser.token("{\"status\":200,\"error\":false,\"data\":{\"token\":\"t\",\"expired\":1}}", now)
                .lifetime()).isZero();
    }

    @Test
    void refusedOrEmptyLoginFails() {
        Instant now = Instant.now();
        assertThatThrownBy(() -> parser.token("{\"status\":400,\"error\":true,\"message\":\"Sai mật khẩu\"}", now))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Sai mật khẩu");
        assertThatThrownBy(() -> parser.token("{\"status\":200,\"error\":false,\"data\":{\"token\":\"\"}}", now))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> parser.token("", now)).isInstanceOf(IllegalStateException.class);
    }
}
