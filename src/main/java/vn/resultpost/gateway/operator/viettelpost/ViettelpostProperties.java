package vn.resultpost.gateway.operator.viettelpost;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Connection to the Viettel Post partner API ({@code gateway.operators.viettelpost.*}); credentials come
 * from the environment (VIETTELPOST_USERNAME, VIETTELPOST_PASSWORD).
 *
 * @param serviceCodes      Viettel's ORDER_SERVICE for each canonical service level
 * @param locationsFile     the table of Viettel location ids for the official 2025 codes
 * @param paymentWithCod    ORDER_PAYMENT when the postman collects fees (COD) from the receiver
 * @param paymentWithoutCod ORDER_PAYMENT when there is nothing to collect
 */
@ConfigurationProperties(prefix = "gateway.operators.viettelpost")
public record ViettelpostProperties(
        String baseUrl,
        String username,
        String password,
        Duration connectTimeout,
        Duration readTimeout,
        Duration tokenRefreshMargin,
        Map<String, String> serviceCodes,
        Path locationsFile,
        Integer paymentWithCod,
        Integer paymentWithoutCod) {

    public ViettelpostProperties {
        serviceCodes = serviceCodes == null ? Map.of() : Map.copyOf(serviceCodes);
        locationsFile = locationsFile == null ? Path.of("config/operators/locations/viettelpost.yml") : locationsFile;
        paymentWithCod = paymentWithCod == null ? 3 : paymentWithCod;
        paymentWithoutCod = paymentWithoutCod == null ? 1 : paymentWithoutCod;
    }
}
