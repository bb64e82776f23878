package vn.resultpost.gateway.channel.jms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.ObjectMessage;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.intake.IntakeProblem;

/** The JMS channel's Message Translator: text and UTF-8 bytes in, every unreadable message named, nothing deserialised. */
class JmsResultTranslatorTest {

    private final JmsResultTranslator translator = new JmsResultTranslator(new ObjectMapper(), 1000);

    @Test
    void textMessageIsReadAsItsJsonWithTheAgencyAndDossierItNames() throws JMSException {
        String json = "{\"agencyCode\": \" 000.00.12.H26 \", \"dossierCode\": \"000.00.12.H26-261128-0001\"}";
        JmsResultTranslator.Read read = translator.read(text(json));

        assertThat(read.json()).isEqualTo(json);
        assertThat(read.problem()).isNull();
        assertThat(read.auditBody()).isEqualTo(json);
        assertThat(read.agencyCode()).isEqualTo("000.00.12.H26");
        assertThat(read.dossierCode()).isEqualTo("000.00.12.H26-261128-0001");
    }

    @Test
    void utf8BytesAreDecodedWithoutTheByteOrderMark() throws JMSException {
        String json = Fixtures.result("000.00.12.H26-261128-0002");
        JmsResultTranslator.Read read = translator(100_000).read(bytes(("\uFEFF" + json).getBytes(StandardCharsets.UTF_8)));

        assertThat(read.json()).isEqualTo(json).contains("Nguyễn");
        assertThat(read.agencyCode()).isEqualTo("000.00.12.H26");
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedNamingWhy() throws JMSException {
        JmsResultTranslator.Read read = translator.read(bytes(new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'}));

        assertThat(read.json()).isNull();
        assertThat(read.problem().type()).isEqualTo(IntakeProblem.INVALID);
        assertThat(read.problem().errors()).singleElement()
                .satisfies(v -> assertThat(v.message()).isEqualTo("the message body is not UTF-8 text"));
        assertThat(read.auditBody()).startsWith("{");
    }

    @Test
    void emptyAndOversizedBodiesAreRefusedWithoutReadingTooMuch() throws JMSException {
        assertThat(translator.read(text(null)).problem().detail()).contains("the message body is empty");
        assertThat(translator.read(text("  ")).problem().detail()).contains("the message body is empty");
        assertThat(translator.read(text("x".repeat(1001))).problem().detail()).contains("longer than 1000");

        BytesMessage huge = mock(BytesMessage.class);
        when(huge.getBodyLength()).thenReturn(50_000_000L);
        JmsResultTranslator.Read read = translator.read(huge);
        assertThat(read.problem().detail()).contains("larger than 1000 bytes");
        assertThat(read.auditBody()).contains("50000000 bytes");
        verify(huge, never()).readBytes(any(byte[].class));
    }

    @Test
    void objectAndMapMessagesAreRefusedAndNeverDeserialised() throws JMSException {
        ObjectMessage object = mock(ObjectMessage.class);
        JmsResultTranslator.Read read = translator.read(object);

        assertThat(read.problem().errors().get(0).message()).startsWith("a ObjectMessage is not accepted");
        assertThat(read.auditBody()).isEqualTo("[ObjectMessage: body not read]");
        verify(object, never()).getObject();
        assertThat(translator.read(mock(MapMessage.class)).problem().detail()).contains("MapMessage");
    }

    @Test
    void codesThatDoNotLookLikeCodesAreNotTakenForCorrelation() throws JMSException {
        JmsResultTranslator.Read read = translator.read(text(
                "{\"agencyCode\": \"' OR '1'='1\", \"dossierCode\": \"" + "A".repeat(65) + "\"}"));
        assertThat(read.agencyCode()).isNull();
        assertThat(read.dossierCode()).isNull();
        assertThat(read.json()).as("intake still names the errors").isNotNull();
        assertThat(translator.read(text("[1, 2]")).agencyCode()).isNull();
        assertThat(translator.read(text("{not json")).json()).isEqualTo("{not json");
    }

    private static JmsResultTranslator translator(long max) {
        return new JmsResultTranslator(new ObjectMapper(), max);
    }

    private static TextMessage text(String body) throws JMSException {
        TextMessage m = mock(TextMessage.class);
        when(m.getText()).thenReturn(body);
        return m;
    }

    private static BytesMessage bytes(byte[] body) throws JMSException {
        BytesMessage m = mock(BytesMessage.class);
        when(m.getBodyLength()).thenReturn((long) body.length);
        when(m.readBytes(any(byte[].class))).thenAnswer(call -> {
            byte[] into = call.getArgument(0);
            System.arraycopy(body, 0, into, 0, body.length);
            return body.length;
        });
        return m;
    }
}
