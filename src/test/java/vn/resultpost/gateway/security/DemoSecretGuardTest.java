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
import vn.resultpost.gateway.config.GatewayProperties;

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

    @Test
    void theReportingPasswordOfAnAgencyReportingBySoapMustNotBeADemoOne() {
        var soap = new GatewayProperties.Agency("A", null, null, null, null, null, List.of(),
                new GatewayProperties.Reporting("SOAP", "https://a/ds", "gw", "demo-only-dossier-status", null));
        var rest = new GatewayProperties.Agency("B", null, null, null, null, "https://b/cb", List.of(),
                new GatewayProperties.Reporting("REST", null, "gw", "demo-only-dossier-status", null));
        GatewayProperties gateway = new GatewayProperties(null, Map.of("000.00.15.H26", soap, "000.00.12.H26", rest),
                null, null, null);
        DemoSecretGuard guard = new DemoSecretGuard(props(true, "x", "{noop}real", "real"),
                environment(Map.of()), "cmVhbC1rZXk=", gateway);
        assertThat(guard.demoSecrets()).containsExactlyInAnyOrder("gateway.agencies.[000.00.15.H26].reporting.password",
                "gateway.security.soap-clients.soap.password-sha256");
        assertThatThrownBy(guard::afterPropertiesSet).hasMessageContaining("gateway.agencies.[000.00.15.H26].reporting.password");
    }

    @Test
    void theCredentialOfAnEnabledPollingSourceMustNotBeADemoOne() {
        DemoSecretGuard guard = new DemoSecretGuard(props(true, "x", "{noop}real", "real"), environment(Map.of(
                "gateway.channels.polling.sources.demo-one-stop.credential", "demo-only-ready-for-post-key",
                "gateway.channels.polling.sources.demo-one-stop.enabled", "false",
                "gateway.channels.polling.sources.ba-dinh.credential", "Bearer demo-only-token",
                "gateway.channels.polling.sources.cau-giay.credential", "Bearer real-token")), "cmVhbC1rZXk=");
        assertThat(guard.demoSecrets()).as("a disabled source is not used").containsExactlyInAnyOrder(
                "gateway.channels.polling.sources.ba-dinh.credential",
                "gateway.security.soap-clients.soap.password-sha256");
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
