package vn.resultpost.gateway.operator.viettelpost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.canonical.OperatorStatusEvent;
import vn.resultpost.gateway.support.InvalidMessageException;

/** Viettel Post's webhook bodies (fixtures) as canonical events, the TOKEN read leniently, bad bodies refused. */
class ViettelpostEventReaderTest {

    private final ViettelpostEventReader reader = new ViettelpostResponseParser(new ObjectMapper()).events();

    @Test
    void deliveredWebhookIsTheCanonicalEventInVietnamTime() {
        OperatorStatusEvent event = reader.webhook(Fixtures.read("viettelpost/webhook-delivered.json"));

        assertThat(event).isEqualTo(new OperatorStatusEvent("viettelpost", ViettelpostSamples.WAYBILL,
                ViettelpostSamples.REFERENCE, "501", "Thành công - Phát thành công", Instant.parse("2026-11-28T09:30:00Z")));
    }

    @Test
    void statusAsTextAndPaddedWaybillAreReadAndABlankReferenceIsNone() {
        OperatorStatusEvent event = reader.webhook(Fixtures.read("viettelpost/webhook-string-status.json"));

        assertThat(event.waybill()).isEqualTo(ViettelpostSamples.WAYBILL);
        assertThat(event.statusCode()).isEqualTo("105");
        assertThat(event.reference()).isNull();
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-11-28T03:15:00Z"));
    }

    @Test
    void isoDateIsNotViettelsFormatAndIsRefused() {
        assertThatThrownBy(() -> reader.webhook(Fixtures.read("viettelpost/webhook-bad-date.json")))
                .isInstanceOf(InvalidMessageException.class).hasMessageContaining("dd/MM/yyyy HH:mm:ss");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"DATA\":{\"ORDER_STATUS\":501,\"ORDER_STATUSDATE\":\"28/11/2026 16:30:00\"},\"TOKEN\":\"t\"}",
        "{\"DATA\":{\"ORDER_NUMBER\":\" \",\"ORDER_STATUS\":501,\"ORDER_STATUSDATE\":\"28/11/2026 16:30:00\"}}",
        "{\"DATA\":{\"ORDER_NUMBER\":\"1850123456789\",\"ORDER_STATUSDATE\":\"28/11/2026 16:30:00\"}}",
        "{\"DATA\":{\"ORDER_NUMBER\":\"1850123456789\",\"ORDER_STATUS\":501}}",
        "{\"DATA\":{\"ORDER_NUMBER\":\"1850123456789\",\"ORDER_STATUS\":\"delivered\",\"ORDER_STATUSDATE\":\"28/11/2026 16:30:00\"}}",
        "{\"DATA\":{\"ORDER_NUMBER\":\"1850123456789\",\"ORDER_STATUS\":-1,\"ORDER_STATUSDATE\":\"28/11/2026 16:30:00\"}}",
        "{\"DATA\":{\"ORDER_NUMBER\":\"1850123456789\",\"ORDER_STATUS\":501,\"ORDER_STATUSDATE\":\"31/11/2026 16:30:00\"}}",
        "{\"DATA\":{\"ORDER_NUMBER\":\"1850123456789\",\"ORDER_STATUS\":501,\"ORDER_STATUSDATE\":\"28/11/2026 16:30\"}}",
        "{\"DATA\":null,\"TOKEN\":\"t\"}",
        "{\"TOKEN\":\"t\"}",
        "{\"DATA\":[],\"TOKEN\":\"t\"}",
        "{\"DATA\":{\"ORDER_NUMBER\":",
        "not json at all",
        "null"
    })
    void invalidWebhooksAreRefused(String body) {
        assertThatThrownBy(() -> reader.webhook(body)).isInstanceOf(InvalidMessageException.class);
    }

    @Test
    void overlongFieldsAreRefused() {
        String longWaybill = "9".repeat(65);
        String longName = "x".repeat(501);
        assertThatThrownBy(() -> reader.webhook(webhook(longWaybill, "ok")))
                .isInstanceOf(InvalidMessageException.class).hasMessageContaining("too long");
        assertThatThrownBy(() -> reader.webhook(webhook("1850123456789", longName)))
                .isInstanceOf(InvalidMessageException.class).hasMessageContaining("too long");
        assertThat(reader.webhook(webhook("9".repeat(64), "x".repeat(500))).waybill()).hasSize(64);
    }

    @Test
    void tokenIsReadLeniently() {
        assertThat(reader.token(Fixtures.read("viettelpost/webhook-delivered.json")))
                .isEqualTo("demo-only-viettelpost-webhook-token");
        assertThat(reader.token("{\"DATA\":{}}")).isNull();
        assertThat(reader.token("{\"TOKEN\":42}")).isNull();
        assertThat(reader.token("{\"TOKEN\":")).isNull();
        assertThat(reader.token("[\"TOKEN\"]")).isNull();
        assertThat(reader.token("")).isNull();
        assertThat(reader.token(null)).isNull();
    }

    private static String webhook(String waybill, String statusName) {
        return "{\"DATA\":{\"ORDER_NUMBER\":\"" + waybill + "\",\"ORDER_STATUS\":500,\"ORDER_STATUSDATE\":"
                + "\"28/11/2026 16:30:00\",\"STATUS_NAME\":\"" + statusName + "\"},\"TOKEN\":\"t\"}";
    }
}
