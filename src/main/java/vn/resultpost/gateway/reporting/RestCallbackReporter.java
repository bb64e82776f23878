package vn.resultpost.gateway.reporting;

import java.time.Duration;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import vn.resultpost.gateway.canonical.StatusReport;
import vn.resultpost.gateway.intake.AgencyDirectory;
import vn.resultpost.gateway.support.RetryLaterException;

/** Reports statuses by a REST callback (JSON POST) to the URL configured for each agency. */
@Component
public class RestCallbackReporter implements DossierSystemReporter {

    private final AgencyDirectory agencies;
    private final RestClient http;

    public RestCallbackReporter(AgencyDirectory agencies, RestClient.Builder builder) {
        this.agencies = agencies;
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
        try {
            http.post().uri(url).contentType(MediaType.APPLICATION_JSON).body(report).retrieve().toBodilessEntity();
        } catch (RestClientException e) {
            throw new RetryLaterException("Dossier system of " + agencyCode + " did not accept the report: "
                    + e.getMessage());
        }
    }
}
