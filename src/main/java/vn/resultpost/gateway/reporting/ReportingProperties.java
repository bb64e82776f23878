package vn.resultpost.gateway.reporting;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings shared by every agency of a reporting channel ({@code gateway.reporting.*}; each agency's own
 * channel, address and credentials are under {@code gateway.agencies.[<code>].reporting}).
 *
 * @param soap the SOAP callback: connect and receive timeouts, WS-Security password type
 *             ({@code PasswordText} or {@code PasswordDigest})
 * @param jms  the JMS topic: the destination of agencies that name none
 */
@ConfigurationProperties(prefix = "gateway.reporting")
public record ReportingProperties(Soap soap, Jms jms) {

    public ReportingProperties {
        soap = soap == null ? new Soap(null, null, null) : soap;
        jms = jms == null ? new Jms(null) : jms;
    }

    /** SOAP callback settings. */
    public record Soap(Duration connectTimeout, Duration receiveTimeout, String passwordType) {

        public Soap {
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
            receiveTimeout = receiveTimeout == null ? Duration.ofSeconds(15) : receiveTimeout;
            passwordType = passwordType == null || passwordType.isBlank() ? "PasswordText" : passwordType.strip();
            if (!passwordType.equals("PasswordText") && !passwordType.equals("PasswordDigest")) {
                throw new IllegalArgumentException("gateway.reporting.soap.password-type is '" + passwordType
                        + "'; expected PasswordText or PasswordDigest");
            }
        }
    }

    /** JMS topic settings. */
    public record Jms(String defaultDestination) {

        public Jms {
            defaultDestination = defaultDestination == null || defaultDestination.isBlank()
                    ? "gateway.status-reports" : defaultDestination.strip();
        }
    }
}
