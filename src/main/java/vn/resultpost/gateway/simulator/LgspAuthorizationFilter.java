package vn.resultpost.gateway.simulator;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * SIMULATOR: the simulated LGSP stands for another host, whose credentials are its own. Before the gateway's
 * security chain sees a request to {@code /simulator/lgsp/...}, this moves its {@code Authorization} header
 * (the LGSP client's HTTP Basic consumer key and secret, or its Bearer token) to {@link #HEADER}, so the
 * chain does not take it for an admin login or a JWT; {@link LgspVnpostSimulator} reads it from there.
 */
@Component
@Order(-200)
@ConditionalOnProperty(prefix = "simulator", name = "enabled", havingValue = "true")
public class LgspAuthorizationFilter extends OncePerRequestFilter {

    /** Where the simulator finds the LGSP client's Authorization header. */
    public static final String HEADER = "X-Simulated-Lgsp-Authorization";
    static final String PATH = "/simulator/lgsp/";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + PATH);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getHeader(String name) {
                return HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name) ? null
                        : HEADER.equalsIgnoreCase(name) ? authorization : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                String value = getHeader(name);
                return HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name) || HEADER.equalsIgnoreCase(name)
                        ? Collections.enumeration(value == null ? List.of() : List.of(value)) : super.getHeaders(name);
            }

            @Override
            public Enumeration<String> getHeaderNames() {
                List<String> names = new ArrayList<>(Collections.list(super.getHeaderNames()));
                names.removeIf(n -> HttpHeaders.AUTHORIZATION.equalsIgnoreCase(n) || HEADER.equalsIgnoreCase(n));
                if (authorization != null) {
                    names.add(HEADER);
                }
                return Collections.enumeration(names);
            }
        }, response);
    }
}
