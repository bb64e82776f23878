package vn.resultpost.gateway.operator.soap;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Connection to a SOAP-only postal operator that implements the gateway's postal-operator contract
 * ({@code gateway.operators.generic-soap.*}); credentials from GENERIC_SOAP_USERNAME and GENERIC_SOAP_PASSWORD.
 *
 * @param endpoint       the operator's service address (the WSDL's soap:address is not used)
 * @param username       WS-Security UsernameToken user
 * @param password       WS-Security UsernameToken password
 * @param passwordType   {@code PasswordDigest} (default: the password never travels) or {@code PasswordText}
 *                       (only over TLS); Nonce and Created are always sent
 * @param connectTimeout how long to wait for a connection
 * @param receiveTimeout how long to wait for a reply (a slower reply is a timeout: Retryable)
 * @param serviceCodes   the operator's service code for each canonical service level
 */
@ConfigurationProperties(prefix = "gateway.operators.generic-soap")
public record GenericSoapProperties(
        String endpoint,
        String username,
        String password,
        String passwordType,
        Duration connectTimeout,
        Duration receiveTimeout,
        Map<String, String> serviceCodes) {

    public static final String DIGEST = "PasswordDigest";
    public static final String TEXT = "PasswordText";

    public GenericSoapProperties {
        passwordType = passwordType == null || passwordType.isBlank() ? DIGEST : passwordType.strip();
        if (!DIGEST.equals(passwordType) && !TEXT.equals(passwordType)) {
            throw new IllegalArgumentException("gateway.operators.generic-soap.password-type must be " + DIGEST
                    + " or " + TEXT + " (got " + passwordType + ")");
        }
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        receiveTimeout = receiveTimeout == null ? Duration.ofSeconds(15) : receiveTimeout;
        serviceCodes = serviceCodes == null ? Map.of() : Map.copyOf(serviceCodes);
    }
}
