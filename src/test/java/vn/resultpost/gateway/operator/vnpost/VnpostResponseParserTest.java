package vn.resultpost.gateway.operator.vnpost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.canonical.OperatorStatusEvent;
import vn.resultpost.gateway.canonical.OrderOutcome;
import vn.resultpost.gateway.support.InvalidMessageException;

class VnpostResponseParserTest {

    private final VnpostResponseParser parser = new VnpostResponseParser(new ObjectMapper().findAndRegisterModules());

    // --- create-order replies

    @Test
    void okWithItemCodeIsAccepted() {
        OrderOutcome outcome = parser.createOutcome(200,
                "{\"itemCode\":\"EB123456789VN\",\"orderReference\":\"r1\",\"totalFee\":18000,\"statusCode\":\"1\"}");

        assertThat(outcome).isEqualTo(new OrderOutcome.Accepted("EB123456789VN", 18_000L));
    }

    @Test
    void okWithoutItemCodeIsRetryable() {
        OrderOutcome outcome = parser.createOutcome(200, "{\"orderReference\":\"r1\",\"totalFee\":18000}");

        assertThat(outcome).isInstanceOf(OrderOutcome.Retryable.class);
    }

    @Test
    void okWithBlankItemCodeIsRetryable() {
        assertThat(parser.createOutcome(200, "{\"itemCode\":\"  \"}")).isInstanceOf(OrderOutcome.Retryable.class);
        assertThat(parser.createOutcome(200, "")).isInstanceOf(OrderOutcome.Retryable.class);
    }

    @Test
    void conflictWithDuplicateReferenceIsDuplicate() {
        OrderOutcome outcome = parser.createOutcome(409,
                "{\"errorCode\":\"DUPLICATE_REFERENCE\",\"message\":\"orderReference already used\"}");

        assertThat(outcome).isInstanceOf(OrderOutcome.Duplicate.class);
    }

    @Test
    void conflictWithAnotherErrorCodeIsRejected() {
        OrderOutcome outcome = parser.createOutcome(409,
                "{\"errorCode\":\"ORDER_LOCKED\",\"message\":\"order is locked\"}");

        assertThat(outcome).isEqualTo(new OrderOutcome.Rejected("ORDER_LOCKED", "order is locked"));
    }

    @Test
    void badRequestIsRejectedWithCodeAndMessage() {
        OrderOutcome outcome = parser.createOutcome(400,
                "{\"errorCode\":\"INVALID_RECEIVER\",\"message\":\"receiver phone and ward\"}");

        assertThat(outcome).isEqualTo(new OrderOutcome.Rejected("INVALID_RECEIVER", "receiver phone and ward"));
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 503, 429, 408})
    void transientStatusesAreRetryable(int status) {
        OrderOutcome outcome = parser.createOutcome(status,
                "{\"errorCode\":\"SERVICE_UNAVAILABLE\",\"message\":\"try later\"}");

        assertThat(outcome).isInstanceOf(OrderOutcome.Retryable.class);
        assertThat(((OrderOutcome.Retryable) outcome).reason()).contains(String.valueOf(status));
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403})
    void refusedCredentialsAreRetryableNotARejectionOfTheOrder(int status) {
        OrderOutcome outcome = parser.createOutcome(status, "{\"errorCode\":\"UNAUTHORIZED\"}");
        assertThat(outcome).isInstanceOf(OrderOutcome.Retryable.class);
        assertThat(((OrderOutcome.Retryable) outcome).reason()).contains("credentials");
    }

    @Test
    void fieldsVnpostAddsToItsRepliesAreIgnored() {
        OrderOutcome outcome = parser.createOutcome(200,
                "{\"itemCode\":\"EB123456785VN\",\"totalFee\":21000,\"newField\":{\"x\":1}}");
        assertThat(outcome).isEqualTo(new OrderOutcome.Accepted("EB123456785VN", 21000L));
    }

    @Test
    void htmlBadGatewayIsRetryableWithoutThrowing() {
        String html = "<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>";

        OrderOutcome outcome = parser.createOutcome(502, html);

        assertThat(outcome).isInstanceOf(OrderOutcome.Retryable.class);
        assertThat(((OrderOutcome.Retryable) outcome).reason()).contains("502");
    }

    @Test
    void itemCodeOfLookupReply() {
        assertThat(parser.itemCode("{\"itemCode\":\"EB123456789VN\",\"orderReference\":\"r1\"}"))
                .isEqualTo("EB123456789VN");
        assertThat(parser.itemCode("")).isNull();
    }

    // --- status events

    @Test
    void webhookEventWithOffsetTime() {
        OperatorStatusEvent event = parser.event(Fixtures.read("vnpost/event-delivered.json"));

        assertThat(event).isEqualTo(new OperatorStatusEvent("vnpost", "EB123456789VN", VnpostSamples.REFERENCE, "5",
                "Phát thành công", Instant.parse("2026-11-28T09:30:00Z")));
    }

    @Test
    void webhookEventWithCompactVietnamTime() {
        OperatorStatusEvent event = parser.event(Fixtures.read("vnpost/event-compact-time.json"));

        assertThat(event.operatorCode()).isEqualTo("vnpost");
        assertThat(event.waybill()).isEqualTo("EB123456789VN");
        assertThat(event.statusCode()).isEqualTo("2");
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-11-28T03:15:00Z"));
    }

    @Test
    void isoLocalTimeIsVietnamTime() {
        assertThat(VnpostResponseParser.time("2026-11-28T10:15:00")).isEqualTo(Instant.parse("2026-11-28T03:15:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"statusCode\":\"5\",\"eventTime\":\"2026-11-28T16:30:00+07:00\"}",
        "{\"itemCode\":\" \",\"statusCode\":\"5\",\"eventTime\":\"2026-11-28T16:30:00+07:00\"}",
        "{\"itemCode\":\"EB123456789VN\",\"eventTime\":\"2026-11-28T16:30:00+07:00\"}",
        "{\"itemCode\":\"EB123456789VN\",\"statusCode\":\"5\"}",
        "{\"itemCode\":\"EB123456789VN\",\"statusCode\":\"5\",\"eventTime\":\"28/11/2026 16:30\"}",
        "{\"itemCode\":\"EB123456789VN\",\"statusCode\":\"5\",\"eventTime\":\"20261328101500\"}",
        "{\"itemCode\":\"EB123456789VN\",\"statusCode\":",
        "not json at all",
        "null"
    })
    void invalidEventsAreRefused(String body) {
        assertThatThrownBy(() -> parser.event(body)).isInstanceOf(InvalidMessageException.class);
    }

    @Test
    void trackingListsEventsInOrder() {
        List<OperatorStatusEvent> events = parser.tracking(Fixtures.read("vnpost/tracking.json"));

        assertThat(events).extracting(OperatorStatusEvent::statusCode).containsExactly("2", "3", "5");
        assertThat(events).extracting(OperatorStatusEvent::occurredAt).containsExactly(
                Instant.parse("2026-11-28T03:15:00Z"), Instant.parse("2026-11-28T07:00:00Z"),
                Instant.parse("2026-11-28T09:30:00Z"));
        assertThat(events).allSatisfy(e -> {
            assertThat(e.operatorCode()).isEqualTo("vnpost");
            assertThat(e.waybill()).isEqualTo("EB123456789VN");
        });
    }

    @Test
    void trackingWithoutEventsIsEmpty() {
        assertThat(parser.tracking("{\"itemCode\":\"EB123456789VN\"}")).isEmpty();
        assertThat(parser.tracking("{\"itemCode\":\"EB123456789VN\",\"events\":[]}")).isEmpty();
    }

    // --- token replies

    @Test
    void tokenLifetimeDefaultsToOneHour() {
        VnpostMessages.TokenReply reply = parser.token("{\"token\":\"abc\"}");

        assertThat(reply).isEqualTo(new VnpostMessages.TokenReply("abc", 3600L));
    }

    @Test
    void tokenKeepsDeclaredLifetime() {
        assertThat(parser.token("{\"token\":\"abc\",\"expiresIn\":900}").expiresIn()).isEqualTo(900L);
    }

    @Test
    void tokenReplyWithoutTokenFails() {
        assertThatThrownBy(() -> parser.token("{\"expiresIn\":3600}")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> parser.token("{\"token\":\"\"}")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> parser.token("")).isInstanceOf(IllegalStateException.class);
    }
}
