package vn.resultpost.gateway.operator.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.resultpost.gateway.operator.soap.SoapReplyReader.Unreadable;

/** A contract reply read strictly: the expected root in the contract's namespace, a result, whole fees, xs:dateTimes. */
class SoapReplyReaderTest {

    private static final String NS = "urn:resultpost:postal-operator:v1";

    @Test
    void theRootMustBeTheExpectedElementInTheContractsNamespace() {
        assertThat(SoapReplyReader.reply("<CancelShipmentResponse xmlns='" + NS + "'/>", "CancelShipmentResponse")
                .getLocalName()).isEqualTo("CancelShipmentResponse");
        assertThatThrownBy(() -> SoapReplyReader.reply("<CancelShipmentResponse xmlns='urn:other'/>",
                "CancelShipmentResponse")).isInstanceOf(Unreadable.class)
                .hasMessage("expected CancelShipmentResponse but got {urn:other}CancelShipmentResponse");
        assertThatThrownBy(() -> SoapReplyReader.reply(" ", "CancelShipmentResponse")).hasMessage("empty reply");
        assertThatThrownBy(() -> SoapReplyReader.reply("<a>", "CancelShipmentResponse"))
                .isInstanceOf(Unreadable.class).hasMessageStartingWith("unreadable reply: ");
    }

    @Test
    void aReplyWithoutAResultIsUnreadable() {
        assertThatThrownBy(() -> SoapReplyReader.result(SoapReplyReader.reply(
                "<GetTrackingResponse xmlns='" + NS + "'/>", "GetTrackingResponse")))
                .isInstanceOf(Unreadable.class).hasMessage("reply without a result");
    }

    @Test
    void aFeeIsAWholeAmountOrAbsent() {
        assertThat(SoapReplyReader.amount("16500")).isEqualTo(16_500L);
        assertThat(SoapReplyReader.amount(null)).isNull();
        assertThatThrownBy(() -> SoapReplyReader.amount("16.5")).hasMessage("fee '16.5' is not a whole amount");
    }

    @Test
    void anEventTimeWithoutOffsetIsVietnamTime() {
        assertThat(SoapReplyReader.time("2026-11-28T14:00:00")).isEqualTo(Instant.parse("2026-11-28T07:00:00Z"));
        assertThat(SoapReplyReader.time("2026-11-28T14:00:00+07:00")).isEqualTo(Instant.parse("2026-11-28T07:00:00Z"));
        assertThat(SoapReplyReader.time("2026-11-28T02:10:00Z")).isEqualTo(Instant.parse("2026-11-28T02:10:00Z"));
        assertThatThrownBy(() -> SoapReplyReader.time("28/11/2026"))
                .isInstanceOf(Unreadable.class).hasMessage("event time '28/11/2026' is not an xs:dateTime");
    }
}
