package vn.resultpost.gateway.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import vn.resultpost.gateway.audit.RecordingMessageLog;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.canonical.StatusReport;
import vn.resultpost.gateway.config.GatewayProperties;
import vn.resultpost.gateway.config.GatewayProperties.Agency;
import vn.resultpost.gateway.config.GatewayProperties.Reporting;
import vn.resultpost.gateway.intake.AgencyDirectory;
import vn.resultpost.gateway.reporting.soap.SoapCallbackReporter;

/** Each agency's reports go to the adapter of its channel; unusable settings stop the start, named. */
class DossierSystemRouterTest {

    private final List<String> sent = new ArrayList<>();

    /** An adapter that records what it was given. */
    private ReportChannelAdapter recording(ReportingChannel channel) {
        return new ReportChannelAdapter() {
            @Override
            public ReportingChannel channel() {
                return channel;
            }

            @Override
            public void send(String agencyCode, Reporting settings, StatusReport report) {
                sent.add(channel + " " + agencyCode + " " + settings.url() + " #" + report.sequence());
            }
        };
    }

    private static Agency agency(String callbackUrl, Reporting reporting) {
        return new Agency("UBND", "02438234567", "01", "00004", "25 Liễu Giai", callbackUrl, List.of(), reporting);
    }

    private DossierSystemRouter router(Map<String, Agency> agencies) {
        GatewayProperties props = new GatewayProperties(null, agencies, null, null, null);
        ReportingProperties reporting = new ReportingProperties(null, null);
        List<ReportChannelAdapter> adapters = List.of(recording(ReportingChannel.REST), recording(ReportingChannel.JMS),
                new SoapCallbackReporter(reporting, new RecordingMessageLog()) {
                    @Override
                    public void send(String agencyCode, Reporting settings, StatusReport report) {
                        sent.add("SOAP " + agencyCode + " " + settings.url() + " #" + report.sequence());
                    }
                });
        return new DossierSystemRouter(new AgencyDirectory(props), props, adapters);
    }

    private static StatusReport report(String agency, int sequence) {
        return new StatusReport(agency, agency + "-261128-0001", "s-1", sequence, ShipmentStatus.ACCEPTED, "9",
                "vnpost", null, null, null, 0, Instant.parse("2026-11-28T01:00:00Z"), null);
    }

    @Test
    void eachAgencysReportsGoToTheAdapterOfItsChannel() {
        Map<String, Agency> agencies = new LinkedHashMap<>();
        agencies.put("A.REST", agency("http://a/callbacks", null));
        agencies.put("B.SOAP", agency(null, new Reporting("soap", "http://b/dossier-status", "u", "p", null)));
        agencies.put("C.JMS", agency(null, new Reporting("JMS", null, null, null, "c.reports")));
        agencies.put("D.REST", agency("http://d/old", new Reporting("REST", "http://d/new", null, null, null)));
        DossierSystemRouter router = router(agencies);

        router.send("A.REST", report("A.REST", 1));
        router.send("B.SOAP", report("B.SOAP", 2));
        router.send("C.JMS", report("C.JMS", 3));
        router.send("D.REST", report("D.REST", 4));

        assertThat(sent).containsExactly("REST A.REST http://a/callbacks #1", "SOAP B.SOAP http://b/dossier-status #2",
                "JMS C.JMS null #3", "REST D.REST http://d/new #4");
    }

    @Test
    void anUnknownChannelStopsTheStartNamingTheAgencyAndTheSetting() {
        Map<String, Agency> agencies = Map.of("000.00.15.H26", agency(null, new Reporting("FTP", null, null, null, null)));
        assertThatThrownBy(() -> router(agencies)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("000.00.15.H26")
                .hasMessageContaining("gateway.agencies.[000.00.15.H26].reporting.channel is 'FTP'")
                .hasMessageContaining("expected REST, SOAP or JMS");
    }

    @Test
    void anUnknownChannelInTheConfigurationStopsTheApplicationsStart() {
        new ApplicationContextRunner().withUserConfiguration(RouterContext.class)
                .withPropertyValues("gateway.agencies[000.00.15.H26].name=UBND quận Cầu Giấy",
                        "gateway.agencies[000.00.15.H26].reporting.channel=MQTT")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().hasMessageContaining(
                            "agency 000.00.15.H26: gateway.agencies.[000.00.15.H26].reporting.channel is 'MQTT'");
                });
        new ApplicationContextRunner().withUserConfiguration(RouterContext.class)
                .withPropertyValues("gateway.agencies[000.00.15.H26].name=UBND quận Cầu Giấy",
                        "gateway.agencies[000.00.15.H26].reporting.channel=rest")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(DossierSystemReporter.class));
    }

    /** The router with the configuration binding of the gateway, and a REST adapter. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(GatewayProperties.class)
    @Import({AgencyDirectory.class, DossierSystemRouter.class})
    static class RouterContext {

        @Bean
        ReportChannelAdapter rest() {
            return new ReportChannelAdapter() {
                @Override
                public ReportingChannel channel() {
                    return ReportingChannel.REST;
                }

                @Override
                public void send(String agencyCode, Reporting settings, StatusReport report) {
                }
            };
        }
    }

    @Test
    void soapWithoutAnAddressStopsTheStartNamingTheSetting() {
        Map<String, Agency> agencies = Map.of("000.00.15.H26", agency("http://cb", new Reporting("SOAP", " ", null, null, null)));
        assertThatThrownBy(() -> router(agencies)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gateway.agencies.[000.00.15.H26].reporting.url")
                .hasMessageContaining("required for channel SOAP");
    }

    @Test
    void aBadTopicNameStopsTheStart() {
        Map<String, Agency> agencies = Map.of("X", agency(null, new Reporting("JMS", null, null, null, "no spaces here")));
        GatewayProperties props = new GatewayProperties(null, agencies, null, null, null);
        JmsTopicReporter jms = new JmsTopicReporter(null, null, new RecordingMessageLog(), new ReportingProperties(null, null));
        assertThatThrownBy(() -> new DossierSystemRouter(new AgencyDirectory(props), props, List.of(jms)))
                .hasMessageContaining("gateway.agencies.[X].reporting.destination is not a topic name");
        assertThat(jms.problems("X", new Reporting("JMS", null, null, null, null))).as("the default topic").isEmpty();
    }
}
