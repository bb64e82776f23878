package vn.resultpost.gateway.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.config.GatewayProperties;

/**
 * Refuses to start with a demo secret when {@code gateway.security.refuse-demo-secrets} is on (the
 * production profile): demo values all contain "demo-only", or hash a demo password or key. Every
 * {@code gateway.operators.*} setting is checked, so a new operator's credentials are covered too, and
 * the reporting password of every agency that reports by SOAP, and the credential of every enabled polling source.
 */
@Component
public class DemoSecretGuard implements InitializingBean {

    static final String MARK = "demo-only";
    static final List<String> DEMO_PASSWORDS = List.of("demo-only-admin", "demo-only-operator", "demo-only-viewer");
    static final List<String> DEMO_KEYS = List.of("demo-only-api-key-dossier-system", "demo-only-api-key-cau-giay");
    static final List<String> DEMO_SOAP_PASSWORDS = List.of("demo-only-soap-dossier-system", "demo-only-soap-cau-giay");
    static final String DEMO_AUDIT_KEY = "2VK0Qg1Qa7z6M/8RPIdUVrPp67z8IweVKdj811lniy4=";

    private final SecurityProperties props;
    private final Map<String, String> otherSecrets;

    public DemoSecretGuard(SecurityProperties props, ConfigurableEnvironment environment, String auditKey) {
        this(props, environment, auditKey, null);
    }

    @Autowired
    public DemoSecretGuard(SecurityProperties props, ConfigurableEnvironment environment,
                           @Value("${gateway.audit.encryption-key:}") String auditKey, GatewayProperties gateway) {
        this.props = props;
        Map<String, String> others = new TreeMap<>(operatorSettings(environment));
        others.put("gateway.audit.encryption-key", DEMO_AUDIT_KEY.equals(auditKey) ? MARK : auditKey);
        others.putAll(soapReportingPasswords(gateway));
        others.putAll(pollingCredentials(environment));
        this.otherSecrets = others;
    }

    /** The reporting password of each agency that reports by SOAP (the gateway signs in with it). */
    static Map<String, String> soapReportingPasswords(GatewayProperties gateway) {
        Map<String, String> found = new TreeMap<>();
        if (gateway != null) {
            gateway.agencies().forEach((code, agency) -> {
                GatewayProperties.Reporting r = agency.reporting();
                if (r != null && "SOAP".equalsIgnoreCase(String.valueOf(r.channel()).strip())) {
                    found.put("gateway.agencies.[" + code + "].reporting.password", String.valueOf(r.password()));
                }
            });
        }
        return found;
    }

    /** The credential of every enabled polling source ({@code gateway.channels.polling.sources.<name>.credential}). */
    static Map<String, String> pollingCredentials(ConfigurableEnvironment environment) {
        String prefix = "gateway.channels.polling.sources.";
        Map<String, String> found = new TreeMap<>();
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> names) {
                for (String name : names.getPropertyNames()) {
                    if (name.startsWith(prefix) && name.endsWith(".credential") && !found.containsKey(name)
                            && environment.getProperty(name.substring(0, name.length() - ".credential".length())
                            + ".enabled", Boolean.class, true)) {
                        found.put(name, String.valueOf(environment.getProperty(name, "")));
                    }
                }
            }
        }
        return found;
    }

    /** Every {@code gateway.operators.*} setting (credentials of every operator adapter), resolved. */
    static Map<String, String> operatorSettings(ConfigurableEnvironment environment) {
        Map<String, String> found = new TreeMap<>();
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> names) {
                for (String name : names.getPropertyNames()) {
                    if (name.startsWith("gateway.operators.") && !found.containsKey(name)) {
                        found.put(name, String.valueOf(environment.getProperty(name, "")));
                    }
                }
            }
        }
        return found;
    }

    @Override
    public void afterPropertiesSet() {
        if (!props.refuseDemoSecrets()) {
            return;
        }
        List<String> found = demoSecrets();
        if (!found.isEmpty()) {
            throw new IllegalStateException("Demo secrets are refused in this profile; set real ones for: "
                    + String.join(", ", found));
        }
    }

    /** The names of the settings that still hold a demo value. */
    List<String> demoSecrets() {
        List<String> found = new ArrayList<>();
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        otherSecrets.forEach((name, value) -> {
            if (value.contains(MARK)) {
                found.add(name);
            }
        });
        props.webhooks().forEach((op, w) -> {
            if (w.secret() != null && w.secret().contains(MARK)) {
                found.add("gateway.security.webhooks." + op + ".secret");
            }
        });
        props.clients().forEach((id, c) -> {
            if (DEMO_KEYS.stream().map(ApiKeyAuthenticationFilter::sha256).anyMatch(c.apiKeySha256()::equalsIgnoreCase)) {
                found.add("gateway.security.clients." + id + ".api-key-sha256");
            }
        });
        props.soapClients().forEach((user, c) -> {
            if (DEMO_SOAP_PASSWORDS.stream().map(ApiKeyAuthenticationFilter::sha256)
                    .anyMatch(h -> h.equalsIgnoreCase(String.valueOf(c.passwordSha256())))) {
                found.add("gateway.security.soap-clients." + user + ".password-sha256");
            }
        });
        props.admins().forEach((name, a) -> {
            if (DEMO_PASSWORDS.stream().anyMatch(p -> encoder.matches(p, a.password()))) {
                found.add("gateway.security.admins." + name + ".password");
            }
        });
        return found;
    }
}
