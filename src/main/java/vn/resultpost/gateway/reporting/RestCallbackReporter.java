package vn.resultpost.gateway.reporting;

import java.time.Duration;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import vn.resultpost.gateway.audit.Correlation;
import vn.resultpost.gateway.audit.Direction;
import vn.resultpost.gateway.audit.MessageLog;
import vn.resultpost.gateway.canonical.StatusReport;
import vn.resultpost.gateway.config.GatewayProperties.Reporting;
import vn.resultpost.gateway.intake.AgencyDirectory;
import vn.resultpost.gateway.support.OutboundHttp;
import vn.resultpost.gateway.support.RetryLaterException;

/** Reporting channel REST: each report as a JSON POST to the agency's callback URL. */
@Component
public class RestCallbackReporter implements ReportChannelAdapter {

    private final AgencyDirectory agencies;
    private final RestClient http;
    private final StatusReportJson json;
    private final MessageLog messageLog;

    public RestCallbackReporter(AgencyDirectory agencies, OutboundHttp outbound, StatusReportJson json,
                                MessageLog messageLog) {
        this.agencies = agencies;
        this.json = json;
        this.messageLog = messageLog;
        this.http = outbound.client(null, Duration.ofSeconds(5), Duration.ofSeconds(15));
    }

    @Override
    public ReportingChannel channel() {
        return ReportingChannel.REST;
    }

    @Override
    public void send(String agencyCode, Reporting settings, StatusReport report) {
        String url = agencies.callbackUrl(agencyCode).orElseThrow(() -> new RetryLaterException(
                "No callback URL configured for agency " + agencyCode + " (gateway.agencies.[" + agencyCode
                        + "].callback-url)"));
        // Audit: the report is serialised once, recorded (OUT) and sent as exactly these bytes.
        String body = json.write(report);
        messageLog.record(Direction.OUT, "dossier-system:" + agencyCode,
                new Correlation(report.agencyCode(), report.dossierCode(), report.waybill()), body);
        try {
            http.post().uri(url).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toBodilessEntity();
        } catch (RestClientException e) {
            throw new RetryLaterException("Dossier system of " + agencyCode + " did not accept the report: "
                    + e.getMessage());
        }
    }
}
