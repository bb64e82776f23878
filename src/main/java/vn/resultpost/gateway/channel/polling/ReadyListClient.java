package vn.resultpost.gateway.channel.polling;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.util.UriComponentsBuilder;
import vn.resultpost.gateway.support.OutboundHttp;

/**
 * The HTTP side of one polling source: {@code GET <url>?after=<cursor>&limit=<page-size>} with the source's
 * credential header, within its connect and read timeouts; the page's text, or {@link SourceUnavailableException}.
 */
final class ReadyListClient {

    private final PollingProperties.Source source;
    private final RestClient http;
    private final long maxPageBytes;

    ReadyListClient(OutboundHttp outbound, PollingProperties.Source source, long maxPageBytes) {
        this.source = source;
        this.maxPageBytes = maxPageBytes;
        this.http = outbound.client(null, source.connectTimeout(), source.readTimeout());
    }

    /** The page after {@code cursor} (null: from the start of the list). */
    String fetch(String cursor) {
        URI uri = uri(source.url(), cursor, source.pageSize());
        try {
            RestClient.RequestHeadersSpec<?> request = http.get().uri(uri).accept(MediaType.APPLICATION_JSON);
            if (!source.credential().isEmpty()) {
                request = request.header(source.authHeader(), source.credential());
            }
            return request.exchange((req, reply) -> {
                if (reply.getStatusCode().isError()) {
                    throw new SourceUnavailableException("GET " + withoutQuery(uri) + " answered HTTP "
                            + reply.getStatusCode().value(), null);
                }
                byte[] body = reply.getBody().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxPageBytes + 1));
                if (body.length > maxPageBytes) {
                    throw new UnreadablePageException("the page is larger than " + maxPageBytes
                            + " bytes: ask for fewer items (page-size)");
                }
                return new String(body, StandardCharsets.UTF_8);
            });
        } catch (RestClientResponseException e) {
            throw new SourceUnavailableException("GET " + withoutQuery(uri) + " answered HTTP " + e.getStatusCode().value(), e);
        } catch (RestClientException e) {
            throw new SourceUnavailableException("GET " + withoutQuery(uri) + " failed: " + rootMessage(e), e);
        }
    }

    static URI uri(String url, String cursor, int limit) {
        UriComponentsBuilder b = UriComponentsBuilder.fromUriString(url);
        Map<String, Object> values = new HashMap<>();
        if (cursor != null) {
            b.queryParam("after", "{after}");
            values.put("after", cursor);
        }
        b.queryParam("limit", "{limit}");
        values.put("limit", limit);
        return b.encode().buildAndExpand(values).toUri();
    }

    private static String withoutQuery(URI uri) {
        String s = uri.toString();
        int q = s.indexOf('?');
        return q < 0 ? s : s.substring(0, q);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
