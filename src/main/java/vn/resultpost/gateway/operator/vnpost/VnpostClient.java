package vn.resultpost.gateway.operator.vnpost;

import java.time.Clock;
import java.time.Duration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import vn.resultpost.gateway.operator.OperatorHttp;
import vn.resultpost.gateway.operator.OperatorHttp.Reply;
import vn.resultpost.gateway.operator.TokenCache;
import vn.resultpost.gateway.operator.vnpost.VnpostMessages.TokenRequest;
import vn.resultpost.gateway.support.OutboundHttp;

/**
 * The one I/O client of the VNPost adapter: HTTP calls with a cached token, refreshed before it
 * expires and once more when the operator answers 401. Replies come back as status and body.
 */
public class VnpostClient {

    static final String TOKEN_HEADER = "h-token";

    private final VnpostProperties props;
    private final VnpostResponseParser parser;
    private final RestClient http;
    private final TokenCache tokens;

    public VnpostClient(VnpostProperties props, VnpostResponseParser parser, OutboundHttp outbound, Clock clock) {
        this.props = props;
        this.parser = parser;
        this.http = outbound.client(props.baseUrl(), props.connectTimeout(), props.readTimeout());
        this.tokens = new TokenCache(this::login, props.tokenRefreshMargin(), clock);
    }

    /** Sends an authorised request; on 401 refreshes the token once and repeats it. */
    public Reply call(HttpMethod method, String path, Object body) {
        String token = tokens.get();
        Reply reply = send(method, path, body, token);
        if (reply.status() == 401) {
            reply = send(method, path, body, tokens.refresh(token));
        }
        return reply;
    }

    /** The token cache's state (never the token). */
    public TokenCache.State tokenState() {
        return tokens.state();
    }

    private Reply send(HttpMethod method, String path, Object body, String token) {
        RestClient.RequestBodySpec spec = http.method(method).uri(path).header(TOKEN_HEADER, token)
                .accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            spec.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return spec.exchange((req, res) -> new Reply(res.getStatusCode().value(), OperatorHttp.text(res.getBody())));
    }

    private TokenCache.Grant login() {
        Reply reply = http.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .body(new TokenRequest(props.username(), props.password(), props.customerCode()))
                .exchange((req, res) -> new Reply(res.getStatusCode().value(), OperatorHttp.text(res.getBody())));
        if (reply.status() != 200) {
            throw new IllegalStateException("VNPost refused the token request: HTTP " + reply.status());
        }
        VnpostMessages.TokenReply granted = parser.token(reply.body());
        return new TokenCache.Grant(granted.token(), Duration.ofSeconds(granted.expiresIn()));
    }
}
