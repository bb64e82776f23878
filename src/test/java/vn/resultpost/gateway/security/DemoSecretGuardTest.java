package vn.resultpost.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class DemoSecretGuardTest {

    private static final String DEMO_ADMIN = "{bcrypt}$2a$10$aRP89Qo9ZuUQKmIvKcmy6efaw1qTn98YOiexKydFDOW.S9YcKla82";

    @Test
    void productionRefusesEveryDemoSecretByName() {
        DemoSecretGuard guard = new DemoSecretGuard(props(true, ApiKeyAuthenticationFilter.sha256(
                "demo-only-api-key-dossier-system"), DEMO_ADMIN, "demo-only-webhook-secret"),
                environment(Map.of("gateway.operators.vnpost.password", "demo-only-password",
                        "gateway.operators.viettelpost.password", "${VTP_PASSWORD:demo-only-vtp}",
                        "gateway.operators.vnpost.username", "gateway")),
                DemoSecretGuard.DEMO_AUDIT_KEY);
        assertThatThrownBy(guard::afterPropertiesSet).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gateway.operators.vnpost.password")
                .hasMessageContaining("gateway.operators.viettelpost.password")
                .message().doesNotContain("gateway.operators.vnpost.username");
        assertThatThrownBy(guard::afterPropertiesSet)
                .hasMessageContaining("gateway.security.webhooks.vnpost.secret")
                .hasMessageContaining("gateway.security.clients.c.api-key-sha256")
                .hasMessageContaining("gateway.security.admins.admin.password")
                .hasMessageContaining("gateway.security.soap-clients.soap.password-sha256")
                .hasMessageContaining("gateway.audit.encryption-key");
    }

    @Test
    void realSecretsPassAndTheDemoProfileAllowsDemoSecrets() {
        SecurityProperties real = props(true, ApiKeyAuthenticationFilter.sha256("a-real-random-key"),
                "{noop}a-real-password", "a-real-secret");
        real = new SecurityProperties(real.clients(), real.admins(), null, real.webhooks(), real.webhookTolerance(),
                null, 1000, true, Map.of("soap", new SecurityProperties.SoapClient(
                        ApiKeyAuthenticationFilter.sha256("a-real-soap-password"), List.of("A"))));
        new DemoSecretGuard(real, environment(Map.of("gateway.operators.vnpost.password", "real")), "cmVhbC1rZXk=")
                .afterPropertiesSet();
        DemoSecretGuard demo = new DemoSecretGuard(props(false, "x", DEMO_ADMIN, "demo-only-webhook-secret"),
                environment(Map.of("gateway.operators.vnpost.password", "demo-only-password")),
                DemoSecretGuard.DEMO_AUDIT_KEY);
        demo.afterPropertiesSet();
        assertThat(demo.demoSecrets()).hasSize(5);
    }

    private static ConfigurableEnvironment environment(Map<String, Object> settings) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("test", settings));
        return env;
    }

    private static SecurityProperties props(boolean refuse, String keyHash, String adminPassword, String webhook) {
        return new SecurityProperties(Map.of("c", new SecurityProperties.Client(keyHash, List.of("A"))),
                Map.of("admin", new SecurityProperties.Admin(adminPassword, List.of("ADMIN"))), null,
                Map.of("vnpost", new SecurityProperties.Webhook(webhook)), Duration.ofMinutes(5), null, 1000, refuse,
                Map.of("soap", new SecurityProperties.SoapClient(
                        ApiKeyAuthenticationFilter.sha256("demo-only-soap-dossier-system"), List.of("A"))));
    }
}
