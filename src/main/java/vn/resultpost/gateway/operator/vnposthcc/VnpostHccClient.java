package vn.resultpost.gateway.operator.vnposthcc;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import vn.resultpost.gateway.operator.OperatorHttp;
import vn.resultpost.gateway.operator.OperatorHttp.Reply;
import vn.resultpost.gateway.operator.TokenCache;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccMessages.TokenReply;
import vn.resultpost.gateway.support.OutboundHttp;

/**
 * The one I/O client of the HCC adapter: an OAuth2 client-credentials token from the LGSP (consumer key and
 * secret as HTTP Basic), cached and refreshed before it expires and once more after a 401, and calls of the
 * LGSP's one service endpoint ({@code ?service=<name>}, Bearer token). Replies come back as status and body.
 */
public class VnpostHccClient {

    static final byte[] CLIENT_CREDENTIALS = "grant_type=client_credentials".getBytes(StandardCharsets.US_ASCII);

    private final VnpostHccProperties props;
    private final VnpostHccResponseParser parser;
    private final RestClient tokenHttp;
    private final RestClient serviceHttp;
    private final TokenCache tokens;

    public VnpostHccClient(VnpostHccProperties props, VnpostHccResponseParser parser, OutboundHttp outbound,
                           Clock clock) {
        this.props = props;
        this.parser = parser;
        this.tokenHttp = outbound.client(props.tokenUrl(), props.connectTimeout(), props.readTimeout());
        this.serviceHttp = outbound.client(props.serviceUrl(), props.connectTimeout(), props.readTimeout());
        this.tokens = new TokenCache(this::login, props.tokenRefreshMargin(), clock);
    }

    /**
     * POSTs {@code json} (sent as exactly these bytes) to the service {@code service}; on 401 refreshes the token
     * once and repeats the call.
     */
    public Reply call(String service, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String token = tokens.get();
        Reply reply = send(service, body, token);
        if (reply.status() == 401) {
            reply = send(service, body, tokens.refresh(token));
        }
        return reply;
    }

    /** The token cache's state (never the token). */
    public TokenCache.State tokenState() {
        return tokens.state();
    }

    private Reply send(String service, byte[] body, String token) {
        return serviceHttp.post().uri(b -> b.queryParam("service", service).build())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).body(body)
                .exchange((req, res) -> new Reply(res.getStatusCode().value(), OperatorHttp.text(res.getBody())));
    }

    /** RFC 6749 4.4: client credentials, the client authenticated with HTTP Basic (each part form-encoded). */
    private TokenCache.Grant login() {
        String basic = Base64.getEncoder().encodeToString((form(props.consumerKey()) + ":"
                + form(props.consumerSecret())).getBytes(StandardCharsets.UTF_8));
        Reply reply = tokenHttp.post().header(HttpHeaders.AUTHORIZATION, "Basic " + basic)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.APPLICATION_JSON)
                .body(CLIENT_CREDENTIALS)
                .exchange((req, res) -> new Reply(res.getStatusCode().value(), OperatorHttp.text(res.getBody())));
        if (reply.status() != 200) {
            throw new IllegalStateException("The LGSP refused the token request: HTTP " + reply.status()
                    + (reply.status() == 400 || reply.status() == 401
                    ? " (check gateway.operators.vnpost-hcc.consumer-key/consumer-secret)" : ""));
        }
        TokenReply granted = parser.token(reply.body());
        return new TokenCache.Grant(granted.accessToken(), Duration.ofSeconds(granted.expiresIn()));
    }

    private static String form(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
