package vn.resultpost.gateway.operator;

import java.util.Set;
import vn.resultpost.gateway.canonical.ResultSubmission;

/**
 * One rule of {@code config/routing.yml}: the operator that carries the results it matches. A rule
 * matches when every criterion it names matches (an empty criterion matches everything): the sending
 * agency, the destination province (2025 code), the service level, the procedure code.
 */
public record RoutingRule(String name, String operator, Set<String> agencies, Set<String> provinces,
                          Set<String> serviceLevels, Set<String> procedures) {

    public RoutingRule {
        agencies = agencies == null ? Set.of() : Set.copyOf(agencies);
        provinces = provinces == null ? Set.of() : Set.copyOf(provinces);
        serviceLevels = serviceLevels == null ? Set.of() : Set.copyOf(serviceLevels);
        procedures = procedures == null ? Set.of() : Set.copyOf(procedures);
    }

    public boolean matches(ResultSubmission r) {
        return within(agencies, r.agencyCode())
                && within(provinces, r.address() == null ? null : r.address().provinceCode())
                && within(serviceLevels, r.serviceLevel() == null ? null : r.serviceLevel().name())
                && within(procedures, r.procedureCode());
    }

    private static boolean within(Set<String> allowed, String value) {
        return allowed.isEmpty() || (value != null && allowed.contains(value));
    }
}
