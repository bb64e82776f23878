package vn.resultpost.gateway.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A parked message as listed: its reason (a failure's, a rejection's or the broker's), its body masked. */
class DeadLetterTranslatorTest {

    @Test
    void aStageFailureShowsItsReasonStageAndTimeMasked() throws JMSException {
        TextMessage m = mock(TextMessage.class);
        when(m.getJMSMessageID()).thenReturn("ID:1");
        when(m.getStringProperty(DeadLetterChannel.REASON)).thenReturn("IllegalStateException: phone 0912345678");
        when(m.getStringProperty(DeadLetterChannel.STAGE)).thenReturn("order-creation");
        when(m.getStringProperty(DeadLetterChannel.FAILED_AT)).thenReturn("2026-11-28T02:10:00Z");
        when(m.getText()).thenReturn("{\"phone\":\"0912345678\"}");

        assertThat(DeadLetterTranslator.view("orders", "DLQ.orders", m)).isEqualTo(new DeadLetter("ID:1", "orders",
                "order-creation", "IllegalStateException: phone *******678", "2026-11-28T02:10:00Z",
                "{\"phone\":\"*******678\"}", "DLQ.orders"));
    }

    @Test
    void aRejectedMessageShowsTheRejectionAndItsTime() throws JMSException {
        BytesMessage m = mock(BytesMessage.class);
        when(m.propertyExists(DeadLetterQueues.REJECTION_TYPE)).thenReturn(true);
        when(m.getStringProperty(DeadLetterQueues.REJECTION_TYPE)).thenReturn("INVALID");
        when(m.getStringProperty(DeadLetterQueues.REJECTION_DETAIL)).thenReturn("not JSON");
        when(m.getStringProperty(DeadLetterQueues.REJECTED_AT)).thenReturn("2026-11-28T03:00:00Z");
        when(m.getBody(byte[].class)).thenReturn("Nguyễn".getBytes(StandardCharsets.UTF_8));

        DeadLetter d = DeadLetterTranslator.view("results", "results.invalid", m);

        assertThat(d.reason()).isEqualTo("rejected (INVALID): not JSON");
        assertThat(d.failedAt()).isEqualTo("2026-11-28T03:00:00Z");
        assertThat(d.body()).isEqualTo("Nguyễn");
    }

    @Test
    void aLargeMessageIsNamedNotReadAndTheBrokersMoveIsSaidSo() throws JMSException {
        BytesMessage m = mock(BytesMessage.class);
        when(m.propertyExists("_AMQ_LARGE_SIZE")).thenReturn(true);
        when(m.getObjectProperty("_AMQ_LARGE_SIZE")).thenReturn(2_000_000L);

        DeadLetter d = DeadLetterTranslator.view("orders", "DLQ.orders", m);

        assertThat(d.reason()).isEqualTo("moved by the broker after the last delivery attempt");
        assertThat(d.body()).startsWith("[BytesMessage of 2000000 bytes: replay it");
    }
}
