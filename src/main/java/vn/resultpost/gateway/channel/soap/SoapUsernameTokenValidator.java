package vn.resultpost.gateway.channel.soap;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.dom.handler.RequestData;
import org.apache.wss4j.dom.message.token.UsernameToken;
import org.apache.wss4j.dom.validate.UsernameTokenValidator;
import vn.resultpost.gateway.security.SecurityProperties;

/**
 * Checks a WS-Security UsernameToken against the configured SOAP clients
 * ({@code gateway.security.soap-clients.<user>.password-sha256}). Only PasswordText is accepted:
 * passwords are stored as hashes, so a PasswordDigest (which needs the clear password) cannot be checked.
 * Every failure is the same WSS4J "failed authentication" (no hint whether the user exists).
 */
class SoapUsernameTokenValidator extends UsernameTokenValidator {

    private final Map<String, SecurityProperties.SoapClient> clients;

    SoapUsernameTokenValidator(Map<String, SecurityProperties.SoapClient> clients) {
        this.clients = clients;
    }

    @Override
    protected void verifyPlaintextPassword(UsernameToken token, RequestData data) throws WSSecurityException {
        SecurityProperties.SoapClient client = token.getName() == null ? null : clients.get(token.getName());
        String password = token.getPassword();
        if (client == null || client.passwordSha256() == null || password == null) {
            throw new WSSecurityException(WSSecurityException.ErrorCode.FAILED_AUTHENTICATION);
        }
        byte[] expected = client.passwordSha256().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        byte[] actual = SoapClients.sha256(password).getBytes(StandardCharsets.US_ASCII);
        if (!java.security.MessageDigest.isEqual(expected, actual)) {
            throw new WSSecurityException(WSSecurityException.ErrorCode.FAILED_AUTHENTICATION);
        }
    }

    @Override
    protected void verifyDigestPassword(UsernameToken token, RequestData data) throws WSSecurityException {
        throw new WSSecurityException(WSSecurityException.ErrorCode.FAILED_AUTHENTICATION);
    }

    @Override
    protected void verifyUnknownPassword(UsernameToken token, RequestData data) throws WSSecurityException {
        throw new WSSecurityException(WSSecurityException.ErrorCode.FAILED_AUTHENTICATION);
    }
}
