package vn.resultpost.gateway.operator.vnpost;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import vn.resultpost.gateway.operator.vnpost.VnpostMessages.TokenRequest;

/**
 * The one I/O client of the VNPost adapter: HTTP calls with a cached token, refreshed before it
 * expires and once more when the operator answers 401. Replies come back as status and body.
 */
public class VnpostClient {

    static final String TOKEN_HEADER = "h-token";

    private final VnpostProperties props;
    private final VnpostResponseParser parser;
    private final RestClient http;
    private final Clock clock;
    private String token;
    private Instant tokenExpiry = Instant.EPOCH;

    public VnpostClient(VnpostProperties props, VnpostResponseParser parser, RestClient.Builder builder, Clock clock) {
        this.props = props;
        this.parser = parser;
        this.clock = clock;
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(props.connectTimeout()).build());
        factory.setReadTimeout(props.readTimeout());
        this.http = builder.clone().baseUrl(props.baseUrl()).requestFactory(factory).build();
    }

    /** Sends an authorised request; on 401 refreshes the token once and repeats it. */
    public Reply call(HttpMethod method, String path, Object body) {
        Reply reply = send(method, path, body, token(false));
        if (reply.status() == 401) {
            reply = send(method, path, body, token(true));
        }
        return reply;
    }

    private Reply send(HttpMethod method, String path, Object body, String bearer) {
        RestClient.RequestBodySpec spec = http.method(method).uri(path).header(TOKEN_HEADER, bearer)
                .accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            spec.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return spec.exchange((req, res) -> new Reply(res.getStatusCode().value(), text(res.getBody())));
    }

    synchronized String token(boolean forceRefresh) {
        if (!forceRefresh && token != null && clock.instant().isBefore(tokenExpiry)) {
            return token;
        }
        Reply reply = http.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .body(new TokenRequest(props.username(), props.password(), props.customerCode()))
                .exchange((req, res) -> new Reply(res.getStatusCode().value(), text(res.getBody())));
        if (reply.status() != 200) {
            throw new IllegalStateException("VNPost refused the token request: HTTP " + reply.status());
        }
        VnpostMessages.TokenReply granted = parser.token(reply.body());
        token = granted.token();
        tokenExpiry = clock.instant().plusSeconds(granted.expiresIn()).minus(props.tokenRefreshMargin());
        return token;
    }

    private static String text(InputStream in) throws IOException {
        return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    /** An HTTP reply: status code and body text. */
    public record Reply(int status, String body) {
    }
}
