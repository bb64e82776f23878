package vn.resultpost.gateway.security;

import java.util.List;
import java.util.Set;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An authenticated dossier system (by API key or JWT) and the agencies it may act for. */
public final class GatewayClient extends AbstractAuthenticationToken {

    public static final String ROLE = "ROLE_CLIENT";

    private final String clientId;
    private final Set<String> agencies;

    public GatewayClient(String clientId, Set<String> agencies) {
        super(List.of(new SimpleGrantedAuthority(ROLE)));
        this.clientId = clientId;
        this.agencies = Set.copyOf(agencies);
        setAuthenticated(true);
    }

    public Set<String> agencies() {
        return agencies;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return clientId;
    }

    @Override
    public String getName() {
        return clientId;
    }
}
