package vn.resultpost.gateway.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import vn.resultpost.gateway.MutableClock;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccMessages.CancelOrder;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccMessages.ErrorReply;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccMessages.OrderResult;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccMessages.PostOrder;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccMessages.Tracking;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccMessages.TrackingEvent;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccMessages.TrackingRequest;

/** The LGSP/VNPost HCC simulator's own rules, on a hand-moved clock: tokens, duplicates, progression, cancel. */
class LgspVnpostSimulatorTest {

    private static final Duration STEP = Duration.ofSeconds(10);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T02:00:00Z"));
    private final LgspVnpostOrders orders = new LgspVnpostOrders(clock, 0);

    @Test
    void tokensNeedTheConsumerCredentialsAndExpire() {
        LgspTokens tokens = new LgspTokens("key", "secret", Duration.ofSeconds(2), clock);
        String basic = "Basic " + Base64.getEncoder().encodeToString("key:secret".getBytes(StandardCharsets.UTF_8));

        assertThat(tokens.grant("Basic " + Base64.getEncoder().encodeToString("key:wrong".getBytes()))).isEmpty();
        String token = tokens.grant(basic).orElseThrow().accessToken();
        assertThat(tokens.grant(basic).orElseThrow().expiresIn()).isEqualTo(2);

        assertThat(tokens.valid("Bearer " + token)).isTrue();
        clock.advance(Duration.ofSeconds(2));
        assertThat(tokens.valid("Bearer " + token)).isFalse();
        assertThat(tokens.valid("Bearer unknown")).isFalse();
        assertThat(tokens.valid(null)).isFalse();
        assertThat(tokens.issued()).isEqualTo(2);
        assertThat(tokens.refused()).isEqualTo(3);
    }

    @Test
    void statusesAdvanceWithTimeFromTheOrdersCreation() {
        post("o1", List.of("6", "10", "12", "14"));

        assertThat(codes("o1")).containsExactly("1");
        clock.advance(STEP);
        assertThat(codes("o1")).containsExactly("1", "6");
        clock.advance(STEP.multipliedBy(10));
        assertThat(codes("o1")).containsExactly("1", "6", "10", "12", "14");
        List<TrackingEvent> history = tracking("o1").history();
        assertThat(history.get(1).statusDate()).isEqualTo("2026-11-28T09:00:10+07:00");
        assertThat(tracking("o1").statusCode()).isEqualTo("14");
    }

    @Test
    void secondOrderWithTheSameNumberIsRefusedAsDuplicate() {
        post("o2", List.of("6"));

        ResponseEntity<Object> again = post("o2", List.of("6"));

        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(((ErrorReply) again.getBody()).errorCode()).isEqualTo("DUPLICATE_ORDER_NUMBER");
        assertThat(orders.ordersFor("o2")).isEqualTo(1);
        assertThat(orders.callsFor("o2")).isEqualTo(2);
    }

    @Test
    void cancelBeforePickupEndsTheHistoryWithCode22() {
        post("o3", List.of("6", "10"));
        clock.advance(STEP.dividedBy(2));

        assertThat(orders.cancel(new CancelOrder("C", "o3", null)).getStatusCode().value()).isEqualTo(200);
        clock.advance(STEP.multipliedBy(5));
        assertThat(codes("o3")).containsExactly("1", "22");
    }

    @Test
    void cancelAfterPickupIsRefused() {
        post("o4", List.of("6", "10"));
        clock.advance(STEP);

        ResponseEntity<Object> reply = orders.cancel(new CancelOrder("C", "o4", null));

        assertThat(reply.getStatusCode().value()).isEqualTo(409);
        assertThat(((ErrorReply) reply.getBody()).errorCode()).isEqualTo("CANCEL_NOT_ALLOWED");
        assertThat(codes("o4")).containsExactly("1", "6");
    }

    @Test
    void unknownOrderIsNotFound() {
        assertThat(orders.track(new TrackingRequest("C", "nope")).getStatusCode().value()).isEqualTo(404);
        assertThat(orders.cancel(new CancelOrder("C", "nope", null)).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void scenariosMirrorTheVnpostSimulatorScript() {
        assertThat(LgspVnpostOrders.scenario("return", 0, 0)).containsExactly("6", "10", "12", "15", "12", "15", "16",
                "17", "19");
        assertThat(LgspVnpostOrders.scenario("random", 1.0, 0)).isEqualTo(LgspVnpostOrders.scenario("return", 0, 0));
        assertThat(LgspVnpostOrders.scenario("random", 0, 0)).containsExactly("6", "10", "12", "14");
    }

    private ResponseEntity<Object> post(String number, List<String> scenario) {
        ResponseEntity<Object> reply = orders.post(new PostOrder("C", number, "HCC", 0, 100, "Sender", "0243", null,
                "Addr", "01", "001", "01", "00004", null, null, "Receiver", "0912345678", null, "Addr", "01", "001",
                "01", "00004"), () -> scenario, STEP);
        if (reply.getStatusCode().value() == 200) {
            assertThat(((OrderResult) reply.getBody()).itemCode()).matches("EB[0-9]{9}VN");
        }
        return reply;
    }

    private Tracking tracking(String number) {
        return (Tracking) orders.track(new TrackingRequest("C", number)).getBody();
    }

    private List<String> codes(String number) {
        return tracking(number).history().stream().map(TrackingEvent::statusCode).toList();
    }
}
