package vn.resultpost.gateway.channel.polling;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.resultpost.gateway.config.GatewayProperties;
import vn.resultpost.gateway.intake.AgencyDirectory;

/** The gateway does not start with a polling source that cannot work, and says which setting is wrong. */
class PollingSourceCheckTest {

    private final AgencyDirectory agencies = new AgencyDirectory(new GatewayProperties(null, Map.of(
            "000.00.12.H26", agency(List.of()), "000.00.15.H26", agency(List.of("REST", "POLLING")),
            "000.00.16.H26", agency(List.of("REST"))), null, null, null));

    @Test
    void aSourceOfAgenciesThatPollStarts() {
        assertThatCode(() -> PollingChannelAdapter.check("s", source("https://ds/list", "000.00.12.H26", "000.00.15.H26"),
                agencies)).doesNotThrowAnyException();
    }

    @Test
    void noUrlNoAgencyAnUnknownAgencyOrOneThatDoesNotPollIsRefusedByName() {
        assertThatThrownBy(() -> PollingChannelAdapter.check("s", source(" "), agencies))
                .hasMessage("gateway.channels.polling.sources.s.url is required");
        assertThatThrownBy(() -> PollingChannelAdapter.check("s", source("https://ds/list"), agencies))
                .hasMessageContaining("gateway.channels.polling.sources.s.agencies must name");
        assertThatThrownBy(() -> PollingChannelAdapter.check("s", source("https://ds/list", "999.99.99.X00"), agencies))
                .hasMessageContaining("agency 999.99.99.X00 is not configured");
        assertThatThrownBy(() -> PollingChannelAdapter.check("s", source("https://ds/list", "000.00.16.H26"), agencies))
                .hasMessageContaining("000.00.16.H26").hasMessageContaining("does not allow POLLING");
    }

    private static PollingProperties.Source source(String url, String... agencies) {
        return new PollingProperties.Source(true, url, List.of(agencies), null, null, null, null, null, null, null);
    }

    private static GatewayProperties.Agency agency(List<String> channels) {
        return new GatewayProperties.Agency("A", "0240000000", "01", "00004", "1 Phố", null, channels, null);
    }
}
