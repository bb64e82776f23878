package vn.resultpost.gateway.operator;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** Builds the HTTP client of an operator adapter: its base URL, a connect timeout and a read timeout. */
public final class OperatorHttp {

    private OperatorHttp() {
    }

    /** A RestClient for {@code baseUrl} that gives up connecting after {@code connect} and reading after {@code read}. */
    public static RestClient client(RestClient.Builder builder, String baseUrl, Duration connect, Duration read) {
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(connect).build());
        factory.setReadTimeout(read);
        return builder.clone().baseUrl(baseUrl).requestFactory(factory).build();
    }

    /** The body of a reply as UTF-8 text ("" when there is none). */
    public static String text(InputStream in) throws IOException {
        return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    /** An HTTP reply: status code and body text. */
    public record Reply(int status, String body) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }
}
