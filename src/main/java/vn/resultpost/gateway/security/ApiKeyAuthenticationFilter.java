package vn.resultpost.gateway.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.resultpost.gateway.support.Sha256;

/**
 * Authenticates a dossier system by the {@code X-API-Key} header. Keys are stored only as SHA-256
 * hashes (they are long random strings, so a fast hash suffices) and compared in constant time.
 */
public class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-API-Key";

    private final Map<String, Map.Entry<String, SecurityProperties.Client>> byHash;
    private final AuthenticationEntryPoint entryPoint;

    public ApiKeyAuthenticationFilter(Map<String, SecurityProperties.Client> clients, AuthenticationEntryPoint entryPoint) {
        this.byHash = clients.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                e -> e.getValue().apiKeySha256().toLowerCase(java.util.Locale.ROOT), e -> e));
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key == null || key.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        String hash = sha256(key.strip());
        Map.Entry<String, SecurityProperties.Client> match = byHash.entrySet().stream()
                .filter(e -> MessageDigest.isEqual(e.getKey().getBytes(StandardCharsets.US_ASCII),
                        hash.getBytes(StandardCharsets.US_ASCII)))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (match == null) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("Unknown API key"));
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new GatewayClient(match.getKey(), new HashSet<>(match.getValue().agencies())));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }

    static String sha256(String text) {
        return Sha256.hex(text);
    }
}
