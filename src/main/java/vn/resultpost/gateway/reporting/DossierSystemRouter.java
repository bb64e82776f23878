package vn.resultpost.gateway.reporting;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.canonical.StatusReport;
import vn.resultpost.gateway.config.GatewayProperties;
import vn.resultpost.gateway.config.GatewayProperties.Reporting;
import vn.resultpost.gateway.intake.AgencyDirectory;

/**
 * Message Router behind the {@link DossierSystemReporter} port: each report goes to the adapter of the
 * agency's reporting channel ({@code gateway.agencies.[<code>].reporting.channel}: REST, SOAP or JMS).
 * Every agency's settings are checked when the gateway starts: an unknown channel, or settings the
 * channel cannot use, stop the start with a message naming the agency and the setting.
 */
@Component
public class DossierSystemRouter implements DossierSystemReporter {

    private final AgencyDirectory agencies;
    private final Map<ReportingChannel, ReportChannelAdapter> adapters = new EnumMap<>(ReportingChannel.class);

    public DossierSystemRouter(AgencyDirectory agencies, GatewayProperties props, List<ReportChannelAdapter> adapters) {
        this.agencies = agencies;
        adapters.forEach(a -> this.adapters.put(a.channel(), a));
        List<String> problems = new ArrayList<>();
        props.agencies().keySet().forEach(code -> problems.addAll(problems(code)));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Status reporting is misconfigured: " + String.join("; ", problems));
        }
    }

    @Override
    public void send(String agencyCode, StatusReport report) {
        Reporting settings = agencies.reporting(agencyCode);
        ReportingChannel channel = ReportingChannel.of(settings.channel()).orElseThrow(() ->
                new IllegalStateException(unknown(agencyCode, settings.channel())));
        adapter(channel).send(agencyCode, settings, report);
    }

    private List<String> problems(String agencyCode) {
        Reporting settings = agencies.reporting(agencyCode);
        var channel = ReportingChannel.of(settings.channel());
        if (channel.isEmpty()) {
            return List.of(unknown(agencyCode, settings.channel()));
        }
        ReportChannelAdapter adapter = adapters.get(channel.get());
        if (adapter == null) {
            return List.of(ReportChannelAdapter.setting(agencyCode, "channel") + " is " + channel.get()
                    + " but no adapter for that channel is available");
        }
        return adapter.problems(agencyCode, settings);
    }

    private ReportChannelAdapter adapter(ReportingChannel channel) {
        ReportChannelAdapter adapter = adapters.get(channel);
        if (adapter == null) {
            throw new IllegalStateException("No adapter for reporting channel " + channel);
        }
        return adapter;
    }

    private static String unknown(String agencyCode, String name) {
        return "agency " + agencyCode + ": " + ReportChannelAdapter.setting(agencyCode, "channel") + " is '" + name
                + "'; expected " + ReportingChannel.names();
    }
}
