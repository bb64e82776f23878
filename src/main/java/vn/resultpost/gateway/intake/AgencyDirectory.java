package vn.resultpost.gateway.intake;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.canonical.Address;
import vn.resultpost.gateway.canonical.SenderAgency;
import vn.resultpost.gateway.config.GatewayProperties;
import vn.resultpost.gateway.config.GatewayProperties.Agency;

/** The agencies registered with the gateway, from configuration ({@code gateway.agencies.<code>}). */
@Component
public class AgencyDirectory {

    private final GatewayProperties props;

    public AgencyDirectory(GatewayProperties props) {
        this.props = props;
    }

    public boolean knows(String agencyCode) {
        return agencyCode != null && props.agencies().containsKey(agencyCode);
    }

    /** The agency as the sender of a shipment. */
    public SenderAgency sender(String agencyCode) {
        Agency a = agency(agencyCode);
        return new SenderAgency(agencyCode, a.name(), a.phone(),
                new Address(a.provinceCode(), a.wardCode(), a.streetLine()));
    }

    /** Whether the agency's dossier system may hand results over {@code channel} (all, unless listed). */
    public boolean accepts(String agencyCode, Channel channel) {
        Agency a = props.agencies().get(agencyCode);
        return a != null && (a.inboundChannels().isEmpty() || a.inboundChannels().stream()
                .anyMatch(c -> c.equalsIgnoreCase(channel.name())));
    }

    /** How the agency's status reports are delivered (a REST callback when nothing else is configured). */
    public GatewayProperties.Reporting reporting(String agencyCode) {
        Agency a = agency(agencyCode);
        GatewayProperties.Reporting r = a.reporting();
        if (r == null || r.channel() == null || r.channel().isBlank()) {
            return new GatewayProperties.Reporting("REST", callbackUrl(agencyCode).orElse(null),
                    r == null ? null : r.username(), r == null ? null : r.password(), r == null ? null : r.destination());
        }
        return r;
    }

    /** Where the agency's dossier system takes status reports (a blank setting counts as none). */
    public Optional<String> callbackUrl(String agencyCode) {
        Agency a = agency(agencyCode);
        String url = a.reporting() != null && a.reporting().url() != null && !a.reporting().url().isBlank()
                ? a.reporting().url() : a.callbackUrl();
        return Optional.ofNullable(url).filter(u -> !u.isBlank());
    }

    private Agency agency(String code) {
        Agency a = props.agencies().get(code);
        if (a == null) {
            throw new IllegalStateException("Agency " + code + " is not configured under gateway.agencies");
        }
        return a;
    }
}
