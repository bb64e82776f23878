package vn.resultpost.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.GatewayTestSupport;

/** OAuth2 JWT clients from a configured issuer key, bound to the agencies in their claim. */
@TestPropertySource(properties = "simulator.vnpost.scenario=deliver")
class JwtClientTest extends GatewayTestSupport {

    private static KeyPair issuer;
    private static KeyPair stranger;

    @DynamicPropertySource
    static void issuerKey(DynamicPropertyRegistry registry) throws IOException, NoSuchAlgorithmException {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        issuer = rsa.generateKeyPair();
        stranger = rsa.generateKeyPair();
        Path pem = Path.of("target", "test-data", "issuer-" + UUID.randomUUID() + ".pem").toAbsolutePath();
        Files.createDirectories(pem.getParent());
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(issuer.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + pem);
    }

    @Test
    void aJwtClientSubmitsForTheAgenciesInItsClaimOnly() throws Exception {
        String token = token(issuer.getPrivate(), List.of("000.00.12.H26"), Instant.now().plusSeconds(300));
        assertThat(submit(token, Fixtures.result("000.00.12.H26-261128-0901"))).isEqualTo(202);
        String other = Fixtures.result("000.00.15.H26-261128-0902").replace("\"000.00.12.H26\"", "\"000.00.15.H26\"");
        assertThat(submit(token, other)).isEqualTo(403);
    }

    @Test
    void expiredOrForeignTokensAre401() throws Exception {
        String expired = token(issuer.getPrivate(), List.of("000.00.12.H26"), Instant.now().minusSeconds(600));
        assertThat(submit(expired, Fixtures.result("000.00.12.H26-261128-0903"))).isEqualTo(401);
        String foreign = token(stranger.getPrivate(), List.of("000.00.12.H26"), Instant.now().plusSeconds(300));
        assertThat(submit(foreign, Fixtures.result("000.00.12.H26-261128-0904"))).isEqualTo(401);
    }

    private int submit(String token, String json) {
        return send(request("/api/v1/results").header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build())
                .statusCode();
    }

    private static String token(PrivateKey key, List<String> agencies, Instant expiry) throws JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("lgsp-ha-noi").claim("client_id", "lgsp-ha-noi")
                .claim("agencies", agencies).issueTime(new Date()).expirationTime(Date.from(expiry)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
