package vn.resultpost.gateway.security;

import java.util.Arrays;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The people's side: the admin console ({@code /console/**}) and Hawtio ({@code /actuator/hawtio/**} with its
 * {@code /actuator/jolokia/**}). Form login with a session (the same admin users and roles as the API),
 * CSRF on for every POST: the token travels in a readable {@code XSRF-TOKEN} cookie, as Hawtio's Jolokia
 * client sends it back in {@code X-XSRF-TOKEN}, and as a hidden field in the console's forms. Ordered before
 * the stateless chain of the machine endpoints, which it leaves as they are.
 */
@Configuration(proxyBeanMethods = false)
public class ConsoleSecurityConfig {

    /** The paths this chain owns. */
    static final String[] PATHS = {"/console", "/console/**", "/actuator/hawtio", "/actuator/hawtio/**",
            "/actuator/jolokia", "/actuator/jolokia/**", "/webjars/**"};

    @Bean
    @Order(0)
    SecurityFilterChain consoleSecurity(HttpSecurity http) throws Exception {
        CookieCsrfTokenRepository tokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        tokens.setCookieCustomizer(c -> c.path("/").sameSite("Strict"));
        // Path patterns on the whole request path: Jolokia is a servlet of its own, not behind Spring MVC.
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(new OrRequestMatcher(Arrays.stream(PATHS).map(p -> (RequestMatcher) path.matcher(p))
                        .toList()))
                .csrf(csrf -> csrf.csrfTokenRepository(tokens).csrfTokenRequestHandler(new SpaCsrfTokenRequestHandler()))
                .addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(path.matcher("/console/login"), path.matcher("/console/console.css"),
                                path.matcher("/webjars/**")).permitAll()
                        .requestMatchers(path.matcher("/actuator/hawtio"), path.matcher("/actuator/hawtio/**"),
                                path.matcher("/actuator/jolokia"), path.matcher("/actuator/jolokia/**")).hasRole("ADMIN")
                        .requestMatchers(path.matcher(HttpMethod.POST, "/console/dead-letters/**"),
                                path.matcher(HttpMethod.POST, "/console/reviews/**")).hasRole("OPERATOR")
                        .anyRequest().hasRole("VIEWER"))
                .formLogin(form -> form.loginPage("/console/login").loginProcessingUrl("/console/login")
                        .defaultSuccessUrl("/console", false).failureUrl("/console/login?error").permitAll())
                .logout(out -> out.logoutUrl("/console/logout").logoutSuccessUrl("/console/login?logout")
                        .deleteCookies("JSESSIONID", "XSRF-TOKEN"))
                .headers(h -> h.frameOptions(f -> f.sameOrigin()));
        return http.build();
    }
}
