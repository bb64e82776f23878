package vn.resultpost.gateway.console;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The signed-in person and what the role hierarchy lets them do (OPERATOR and ADMIN see personal data). */
public record ConsoleUser(String name, boolean operator, boolean admin) {

    static ConsoleUser of(Authentication auth, RoleHierarchy roles) {
        if (auth == null || !auth.isAuthenticated()) {
            return new ConsoleUser(null, false, false);
        }
        Set<String> reachable = roles.getReachableGrantedAuthorities(auth.getAuthorities()).stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        return new ConsoleUser(auth.getName(), reachable.contains("ROLE_OPERATOR"), reachable.contains("ROLE_ADMIN"));
    }

    /** Whether this person sees applicants' names, phones and street lines unmasked. */
    public boolean seesPersonalData() {
        return operator;
    }
}
