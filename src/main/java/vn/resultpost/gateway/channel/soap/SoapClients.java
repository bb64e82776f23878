package vn.resultpost.gateway.channel.soap;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.security.GatewayClient;
import vn.resultpost.gateway.security.SecurityProperties;

/** The SOAP clients of the configuration as gateway clients bound to their agencies. */
@Component
public class SoapClients {

    private final SecurityProperties props;

    public SoapClients(SecurityProperties props) {
        this.props = props;
    }

    /** The client a UsernameToken authenticated (WSS4J has checked its password already). */
    Optional<GatewayClient> client(String userName) {
        SecurityProperties.SoapClient client = userName == null ? null : props.soapClients().get(userName);
        return client == null ? Optional.empty()
                : Optional.of(new GatewayClient("soap:" + userName, new HashSet<>(client.agencies())));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
