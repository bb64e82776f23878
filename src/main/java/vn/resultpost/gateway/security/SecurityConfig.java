package vn.resultpost.gateway.security;

import jakarta.servlet.DispatcherType;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Who may call what. Dossier systems: API key or JWT (role CLIENT, bound to agencies). Admin users:
 * HTTP Basic with roles VIEWER &lt; OPERATOR &lt; ADMIN (the audit message log is ADMIN only). Operator webhooks: verified by signature in
 * their route. Health and the API contract are public. Machine endpoints only, so CSRF is off and
 * no session is kept.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

    /**
     * SIMULATOR: the built-in simulators stand for other hosts (operators, an LGSP, a dossier system) that
     * check their own callers' credentials (HTTP Basic client credentials, Bearer tokens); this chain lets
     * those headers through to them untouched. It exists only while the simulators are on.
     */
    @Bean
    @Order(1)
    @ConditionalOnProperty(prefix = "simulator", name = "enabled", havingValue = "true")
    SecurityFilterChain simulatorSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher("/simulator/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain gatewaySecurity(HttpSecurity http, SecurityProperties props, ClientRateLimits rateLimits,
                                        ObjectProvider<JwtDecoder> jwtDecoder) throws Exception {
        AuthenticationEntryPoint unauthorized = ProblemResponses.unauthorized();
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a
                        // The REST routes answer asynchronously: the request was authorised on its way in.
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/openapi.yaml").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/operators/*/events").permitAll()
                        // SOAP channel: WS-Security authenticates in the message (UsernameToken, WSS4J);
                        // the SOAP adapter checks the agency binding.
                        .requestMatchers("/services/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/results").hasRole("CLIENT")
                        .requestMatchers(HttpMethod.POST, "/api/v1/results/*/*/cancel").hasRole("CLIENT")
                        .requestMatchers(HttpMethod.GET, "/api/v1/results/**").hasAnyRole("CLIENT", "VIEWER")
                        .requestMatchers("/api/v1/admin/message-log/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/admin/**").hasRole("VIEWER")
                        .requestMatchers("/api/v1/admin/**").hasRole("OPERATOR")
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(ProblemResponses.forbidden()))
                .addFilterAfter(new BodySizeFilter(props.maxBodyBytes()), SecurityContextHolderFilter.class)
                .addFilterBefore(new ApiKeyAuthenticationFilter(props.clients(), unauthorized),
                        BasicAuthenticationFilter.class)
                .addFilterBefore(new RateLimitFilter(rateLimits), AuthorizationFilter.class);
        if (jwtDecoder.getIfAvailable() != null) {
            http.oauth2ResourceServer(o -> o.authenticationEntryPoint(unauthorized)
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(token -> client(token, props.jwt()))));
        }
        return http.build();
    }

    /** A JWT from the configured issuer as a client bound to the agencies in its claim. */
    static GatewayClient client(Jwt token, SecurityProperties.Jwt claims) {
        String id = token.getClaimAsString(claims.clientIdClaim());
        if (id == null) {
            id = token.getSubject();
        }
        Object agencies = token.getClaims().get(claims.agenciesClaim());
        Collection<?> list = agencies instanceof Collection<?> c ? c
                : agencies == null ? List.of() : List.of(agencies.toString().split("[ ,]+"));
        HashSet<String> bound = new HashSet<>();
        list.forEach(a -> bound.add(a.toString()));
        return new GatewayClient(id, bound);
    }

    /**
     * Spring Security's own observations (a timer and a span around each filter, authentication and authorisation:
     * 8 % of the gateway's CPU under the benchmark's load, docs/benchmarks.md) stay off unless
     * {@code management.observations.enable.spring.security=true}; the HTTP server and client observations remain.
     */
    @Bean
    @ConditionalOnProperty(name = "management.observations.enable.spring.security", havingValue = "false",
            matchIfMissing = true)
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    ClientRateLimits clientRateLimits(SecurityProperties props) {
        return new ClientRateLimits(props.rateLimit());
    }

    /**
     * The admin users of {@code gateway.security.admins}, each checked against its configured hash. Not the in-memory
     * manager itself: as a {@code UserDetailsPasswordService} it would have Spring Security re-hash, at each sign-in,
     * a password whose bcrypt cost is below 10 (in memory only, until the next start), so a lower cost chosen for a
     * long random machine password (a monitoring system reading /actuator/*, checked at every request) would not hold.
     */
    @Bean
    UserDetailsService adminUsers(SecurityProperties props) {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        props.admins().forEach((name, admin) -> users.createUser(User.withUsername(name)
                .password(admin.password()).roles(admin.roles().toArray(String[]::new)).build()));
        return users::loadUserByUsername;
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role("ADMIN").implies("OPERATOR")
                .role("OPERATOR").implies("VIEWER")
                .build();
    }
}
