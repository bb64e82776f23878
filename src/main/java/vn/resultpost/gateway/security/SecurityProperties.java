package vn.resultpost.gateway.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may use the gateway ({@code gateway.security.*}): dossier-system clients with hashed API keys
 * or JWTs and the agencies each may act for, admin users with roles, operator webhook secrets, and
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
        boolean refuseDemoSecrets) {

    public SecurityProperties {
        clients = clients == null ? Map.of() : Map.copyOf(clients);
        admins = admins == null ? Map.of() : Map.copyOf(admins);
        webhooks = webhooks == null ? Map.of() : Map.copyOf(webhooks);
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
