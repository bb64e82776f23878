package vn.resultpost.gateway.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Who may use the gateway ({@code gateway.security.*}): dossier-system clients with hashed API keys
 * or JWTs and the agencies each may act for, SOAP clients (WS-Security UsernameToken) and their agencies,
 * admin users with roles, operator webhook secrets, and
 * the limits applied to every caller. Secrets come from the environment; demo values are refused
 * when {@code refuse-demo-secrets} is on (the production profile).
 */
@ConfigurationProperties(prefix = "gateway.security")
public record SecurityProperties(
        Map<String, Client> clients,
        Map<String, Admin> admins,
        Jwt jwt,
        Map<String, Webhook> webhooks,
        Duration webhookTolerance,
        RateLimit rateLimit,
        long maxBodyBytes,
        boolean refuseDemoSecrets,
        Map<String, SoapClient> soapClients) {

    @ConstructorBinding
    public SecurityProperties {
        clients = clients == null ? Map.of() : Map.copyOf(clients);
        soapClients = soapClients == null ? Map.of() : Map.copyOf(soapClients);
        admins = admins == null ? Map.of() : Map.copyOf(admins);
        webhooks = webhooks == null ? Map.of() : Map.copyOf(webhooks);
    }

    /** Without SOAP clients. */
    public SecurityProperties(Map<String, Client> clients, Map<String, Admin> admins, Jwt jwt,
                              Map<String, Webhook> webhooks, Duration webhookTolerance, RateLimit rateLimit,
                              long maxBodyBytes, boolean refuseDemoSecrets) {
        this(clients, admins, jwt, webhooks, webhookTolerance, rateLimit, maxBodyBytes, refuseDemoSecrets, null);
    }

    /**
     * A dossier system on the SOAP channel, keyed by its WS-Security UsernameToken user name: the
     * SHA-256 (hex) of its password (sent as PasswordText, over TLS) and the agencies it acts for.
     */
    public record SoapClient(String passwordSha256, List<String> agencies) {
    }

    /** A dossier system: the SHA-256 (hex) of its API key and the agencies it acts for. */
    public record Client(String apiKeySha256, List<String> agencies) {
    }

    /** An admin user: password hash ({bcrypt}…) and roles (VIEWER, OPERATOR, ADMIN). */
    public record Admin(String password, List<String> roles) {
    }

    /** JWT clients: the claims naming the client and the agencies it acts for. */
    public record Jwt(String clientIdClaim, String agenciesClaim) {
    }

    /** An operator's webhook secret (HMAC-SHA256 over timestamp + "." + body). */
    public record Webhook(String secret) {
    }

    /** Requests per second allowed to each client (answered 429 with Retry-After beyond). */
    public record RateLimit(int requestsPerSecond, Map<String, Integer> perClient) {
    }
}
