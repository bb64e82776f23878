package vn.resultpost.gateway.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.support.ForbiddenException;

/**
 * The agency boundary: a dossier-system client acts only for the agencies it is bound to; admin
 * users (VIEWER and above) may read every agency's results but submit none.
 */
@Component
public class AgencyAccess {

    /** Whether the current caller may submit or cancel results of this agency. */
    public boolean mayWrite(String agencyCode) {
        return current() instanceof GatewayClient client && client.agencies().contains(agencyCode);
    }

    /** Whether the current caller may read results of this agency. */
    public boolean mayRead(String agencyCode) {
        Authentication auth = current();
        if (auth instanceof GatewayClient client) {
            return client.agencies().contains(agencyCode);
        }
        return auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals("ROLE_VIEWER") || a.equals("ROLE_OPERATOR") || a.equals("ROLE_ADMIN"));
    }

    public void requireRead(String agencyCode) {
        if (!mayRead(agencyCode)) {
            throw new ForbiddenException("You may not read results of agency " + agencyCode);
        }
    }

    /** Refuses a submission for an agency the caller is not bound to. */
    public void requireWrite(String agencyCode) {
        if (!mayWrite(agencyCode)) {
            throw new ForbiddenException("You may not submit results for agency " + agencyCode);
        }
    }

    private static Authentication current() {
        return SecurityContextHolder.getContext().getAuthentication();
    }
}
