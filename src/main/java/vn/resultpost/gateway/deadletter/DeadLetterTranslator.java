package vn.resultpost.gateway.deadletter;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import vn.resultpost.gateway.support.PersonalDataMasker;

/** Message Translator from a parked JMS message to the {@link DeadLetter} listed, its body and reason masked. */
final class DeadLetterTranslator {

    private static final PersonalDataMasker MASKER = new PersonalDataMasker();
    /** Artemis' property of a large message: its body size. */
    private static final String LARGE_SIZE = "_AMQ_LARGE_SIZE";

    private DeadLetterTranslator() {
    }

    /** A parked message as listed: its body and reason with phone and ID numbers masked (the message stays intact). */
    static DeadLetter view(String queue, String parkedIn, Message m) throws JMSException {
        String reason = m.getStringProperty(DeadLetterChannel.REASON);
        if (reason == null && m.propertyExists(DeadLetterQueues.REJECTION_TYPE)) {
            reason = "rejected (" + m.getStringProperty(DeadLetterQueues.REJECTION_TYPE) + "): "
                    + m.getStringProperty(DeadLetterQueues.REJECTION_DETAIL);
        }
        String failedAt = m.getStringProperty(DeadLetterChannel.FAILED_AT);
        return new DeadLetter(m.getJMSMessageID(), queue, m.getStringProperty(DeadLetterChannel.STAGE),
                reason != null ? MASKER.mask(reason) : "moved by the broker after the last delivery attempt",
                failedAt != null ? failedAt : m.getStringProperty(DeadLetterQueues.REJECTED_AT), MASKER.mask(body(m)),
                parkedIn);
    }

    private static String body(Message m) throws JMSException {
        if (m instanceof TextMessage t) {
            return t.getText();
        }
        if (m instanceof BytesMessage b) {
            if (m.propertyExists(LARGE_SIZE)) {
                // A browsed large (streamed) BytesMessage does not come whole; the message itself is intact.
                return "[BytesMessage of " + m.getObjectProperty(LARGE_SIZE) + " bytes: replay it, or take it from the queue, to read it]";
            }
            byte[] bytes = b.getBody(byte[].class);
            return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
        }
        return null;
    }
}
