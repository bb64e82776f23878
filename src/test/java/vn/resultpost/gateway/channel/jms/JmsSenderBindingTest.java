package vn.resultpost.gateway.channel.jms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The optional binding of broker users (JMSXUserID) to agencies. */
class JmsSenderBindingTest {

    private static final String BA_DINH = "000.00.12.H26";
    private static final String CAU_GIAY = "000.00.15.H26";

    private final JmsSenderBinding bound = new JmsSenderBinding(
            new JmsChannelProperties(2, Map.of("dossier-cau-giay", List.of(CAU_GIAY)), "", null), "gateway");

    @Test
    void withoutSendersEveryAgencyMayBeSubmitted() throws JMSException {
        JmsSenderBinding open = new JmsSenderBinding(new JmsChannelProperties(2, null, null, null), "");
        assertThat(open.enabled()).isFalse();
        assertThat(open.mayActFor(message(null, null, false)).test(BA_DINH)).isTrue();
    }

    @Test
    void aBoundUserMaySubmitOnlyForItsAgencies() throws JMSException {
        Message m = message("dossier-cau-giay", null, false);
        assertThat(bound.mayActFor(m).test(CAU_GIAY)).isTrue();
        assertThat(bound.mayActFor(m).test(BA_DINH)).isFalse();
    }

    @Test
    void anUnknownOrMissingUserMaySubmitForNone() throws JMSException {
        assertThat(bound.mayActFor(message("someone-else", null, false)).test(CAU_GIAY)).isFalse();
        assertThat(bound.mayActFor(message(null, null, false)).test(CAU_GIAY)).isFalse();
        assertThat(bound.mayActFor(message(null, "dossier-cau-giay", false)).test(CAU_GIAY))
                .as("the original-sender property alone, without a replay by the gateway, counts for nothing").isFalse();
    }

    @Test
    void aMessageTheGatewayReplayedCountsAsItsOriginalSender() throws JMSException {
        assertThat(bound.mayActFor(message("gateway", "dossier-cau-giay", true)).test(CAU_GIAY)).isTrue();
        assertThat(bound.mayActFor(message(null, "dossier-cau-giay", true)).test(CAU_GIAY)).isTrue();
        assertThat(bound.mayActFor(message("someone-else", "dossier-cau-giay", true)).test(CAU_GIAY))
                .as("sent by another user: the marker is not the gateway's").isFalse();
    }

    private static Message message(String user, String originalSender, boolean replayed) throws JMSException {
        Message m = mock(Message.class);
        when(m.getStringProperty(JmsSenderBinding.USER)).thenReturn(user);
        when(m.getStringProperty(JmsSenderBinding.ORIGINAL_SENDER)).thenReturn(originalSender);
        when(m.propertyExists("gatewayReplayedAt")).thenReturn(replayed);
        return m;
    }
}
