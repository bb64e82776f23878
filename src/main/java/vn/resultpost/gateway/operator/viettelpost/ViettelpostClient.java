package vn.resultpost.gateway.operator.viettelpost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import vn.resultpost.gateway.operator.OperatorHttp;
import vn.resultpost.gateway.operator.OperatorHttp.Reply;
import vn.resultpost.gateway.operator.TokenCache;
import vn.resultpost.gateway.operator.viettelpost.ViettelpostMessages.Login;
import vn.resultpost.gateway.support.OutboundHttp;

/**
 * The one I/O client of the Viettel Post adapter: HTTP calls with a cached token in the {@code Token}
 * header, refreshed before it expires and once more when Viettel refuses it (HTTP 401 or an envelope with
 * status 401), then the call is repeated once. Replies come back as status and body.
 */
public class ViettelpostClient {

    static final String TOKEN_HEADER = "Token";
    static final String LOGIN = "/v2/user/Login";

    private final ViettelpostProperties props;
    private final ViettelpostResponseParser parser;
    private final ObjectMapper json;
    private final RestClient http;
    private final TokenCache tokens;
    private final Clock clock;

    public ViettelpostClient(ViettelpostProperties props, ViettelpostResponseParser parser, ObjectMapper json,
                             OutboundHttp outbound, Clock clock) {
        this.props = props;
        this.parser = parser;
        this.json = json;
        this.clock = clock;
        this.http = outbound.client(props.baseUrl(), props.connectTimeout(), props.readTimeout());
        this.tokens = new TokenCache(this::login, props.tokenRefreshMargin(), clock);
    }

    /**
     * Sends an authorised request ({@code body} already serialised, or null; {@code path} a URI template filled
     * with {@code variables}, encoded); a refused token is renewed once and the request repeated.
     */
    public Reply call(HttpMethod method, String path, String body, Object... variables) {
        String token = tokens.get();
        Reply reply = send(method, path, body, token, variables);
        if (parser.tokenRefused(reply.status(), reply.body())) {
            reply = send(method, path, body, tokens.refresh(token), variables);
        }
        return reply;
    }

    /** The token cache's state (never the token). */
    public TokenCache.State tokenState() {
        return tokens.state();
    }

    private Reply send(HttpMethod method, String path, String body, String token, Object... variables) {
        RestClient.RequestBodySpec spec = http.method(method).uri(path, variables).header(TOKEN_HEADER, token)
                .accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            spec.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return spec.exchange((req, res) -> new Reply(res.getStatusCode().value(), OperatorHttp.text(res.getBody())));
    }

    private TokenCache.Grant login() {
        String body;
        try {
            body = json.writeValueAsString(new Login(props.username(), props.password()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise the Viettel Post login", e);
        }
        Reply reply = http.post().uri(LOGIN).contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange((req, res) -> new Reply(res.getStatusCode().value(), OperatorHttp.text(res.getBody())));
        if (reply.status() != 200) {
            throw new IllegalStateException("Viettel Post refused the login: HTTP " + reply.status());
        }
        return parser.token(reply.body(), clock.instant());
    }
}
