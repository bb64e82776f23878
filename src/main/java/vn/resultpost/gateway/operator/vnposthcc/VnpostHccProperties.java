package vn.resultpost.gateway.operator.vnposthcc;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Connection to VNPost's public-administration (HCC) channel through a provincial integration platform
 * (LGSP), {@code gateway.operators.vnpost-hcc.*}; credentials come from the environment
 * (VNPOST_HCC_CONSUMER_KEY, VNPOST_HCC_CONSUMER_SECRET).
 *
 * @param tokenUrl           the LGSP's OAuth2 token endpoint (client credentials)
 * @param serviceUrl         the LGSP's one service endpoint, called as {@code serviceUrl?service=<name>}
 * @param consumerKey        the LGSP consumer key (OAuth2 client id)
 * @param consumerSecret     the LGSP consumer secret (OAuth2 client secret)
 * @param customerCode       the agency's VNPost customer code (CustomerCode of every order)
 * @param services           the LGSP service name of each operation
 * @param connectTimeout     gives up connecting after this long
 * @param readTimeout        gives up waiting for a reply after this long
 * @param tokenRefreshMargin a token is replaced this long before it expires
 * @param serviceCodes       VNPost's service code for each canonical service level (STANDARD, EXPRESS)
 * @param locationsFile      the table of 2025 province/ward codes to the channel's old province/district codes
 */
@ConfigurationProperties(prefix = "gateway.operators.vnpost-hcc")
public record VnpostHccProperties(
        String tokenUrl,
        String serviceUrl,
        String consumerKey,
        String consumerSecret,
        String customerCode,
        Services services,
        Duration connectTimeout,
        Duration readTimeout,
        Duration tokenRefreshMargin,
        Map<String, String> serviceCodes,
        Path locationsFile) {

    public VnpostHccProperties {
        services = services == null ? new Services(null, null, null) : services;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(15) : readTimeout;
        tokenRefreshMargin = tokenRefreshMargin == null ? Duration.ofSeconds(60) : tokenRefreshMargin;
        serviceCodes = serviceCodes == null ? Map.of() : Map.copyOf(serviceCodes);
        locationsFile = locationsFile == null ? Path.of("config/operators/locations/vnpost-hcc.yml") : locationsFile;
    }

    /** The LGSP service names of the three operations (the {@code service} query parameter). */
    public record Services(String postOrder, String cancelOrder, String orderTracking) {

        public Services {
            postOrder = postOrder == null ? "PostOrder" : postOrder;
            cancelOrder = cancelOrder == null ? "CancelOrder" : cancelOrder;
            orderTracking = orderTracking == null ? "GetOrderTracking" : orderTracking;
        }
    }
}
