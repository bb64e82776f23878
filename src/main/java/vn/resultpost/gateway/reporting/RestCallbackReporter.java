package vn.resultpost.gateway.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import vn.resultpost.gateway.audit.Correlation;
import vn.resultpost.gateway.audit.Direction;
import vn.resultpost.gateway.audit.MessageLog;
import vn.resultpost.gateway.canonical.StatusReport;
import vn.resultpost.gateway.intake.AgencyDirectory;
import vn.resultpost.gateway.support.RetryLaterException;

/** Reports statuses by a REST callback (JSON POST) to the URL configured for each agency. */
@Component
public class RestCallbackReporter implements DossierSystemReporter {

    private final AgencyDirectory agencies;
    private final RestClient http;
    private final ObjectMapper json;
    private final MessageLog messageLog;

    public RestCallbackReporter(AgencyDirectory agencies, RestClient.Builder builder, ObjectMapper json,
                                MessageLog messageLog) {
        this.agencies = agencies;
        this.json = json;
        this.messageLog = messageLog;
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
                java.net.http.HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
        factory.setReadTimeout(Duration.ofSeconds(15));
        this.http = builder.clone().requestFactory(factory).build();
    }

    @Override
    public void send(String agencyCode, StatusReport report) {
        String url = agencies.callbackUrl(agencyCode).orElseThrow(() -> new RetryLaterException(
                "No callback URL configured for agency " + agencyCode + " (gateway.agencies." + agencyCode
                        + ".callback-url)"));
        // Audit: the report is serialised once, recorded (OUT) and sent as exactly these bytes.
        String body = toJson(report);
        messageLog.record(Direction.OUT, "dossier-system:" + agencyCode,
                new Correlation(report.agencyCode(), report.dossierCode(), report.waybill()), body);
        try {
            http.post().uri(url).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toBodilessEntity();
        } catch (RestClientException e) {
            throw new RetryLaterException("Dossier system of " + agencyCode + " did not accept the report: "
                    + e.getMessage());
        }
    }

    private String toJson(StatusReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a status report", e);
        }
    }
}
