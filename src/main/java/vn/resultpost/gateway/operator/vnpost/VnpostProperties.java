package vn.resultpost.gateway.operator.vnpost;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Connection to the VNPost MyVNPost-style API ({@code gateway.operators.vnpost.*}); credentials come
 * from the environment (VNPOST_USERNAME, VNPOST_PASSWORD, VNPOST_CUSTOMER_CODE).
 *
 * @param serviceCodes the operator's service code for each canonical service level
 */
@ConfigurationProperties(prefix = "gateway.operators.vnpost")
public record VnpostProperties(
        String baseUrl,
        String username,
        String password,
        String customerCode,
        Duration connectTimeout,
        Duration readTimeout,
        Duration tokenRefreshMargin,
        Map<String, String> serviceCodes) {
}
