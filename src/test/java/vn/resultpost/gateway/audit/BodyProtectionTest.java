package vn.resultpost.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BodyProtectionTest {

    static final String KEY = Base64.getEncoder().encodeToString(new byte[] {
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29,
            30, 31, 32});
    private static final String BODY = "{\"phone\":\"0912345678\",\"name\":\"Nguyễn Thị Lan\"}";

    @Test
    void maskedIsTheDefault() {
        BodyProtection p = new BodyProtection(new AuditProperties(null, null, null, null));
        assertThat(p.mode()).isEqualTo(BodyMode.MASKED);
        assertThat(p.protect(BODY)).isEqualTo("{\"phone\":\"*******678\",\"name\":\"Nguyễn Thị Lan\"}");
        assertThat(p.protect(null)).isEmpty();
    }

    @Test
    void plainKeepsTheBody() {
        assertThat(new BodyProtection(props(BodyMode.PLAIN, null)).protect(BODY)).isEqualTo(BODY);
    }

    @Test
    void encryptedIsNotPlainUsesAFreshIvAndDecryptsWithTheKey() {
        BodyProtection p = new BodyProtection(props(BodyMode.ENCRYPTED, KEY));

        String once = p.protect(BODY);
        String twice = p.protect(BODY);

        // Base64 only; not "Lan" or other short words, which random Base64 may hold by chance.
        assertThat(once).matches("[A-Za-z0-9+/=]+").doesNotContain("0912345678", "phone").isNotEqualTo(twice);
        assertThat(Base64.getDecoder().decode(once)).hasSize(12 + BODY.getBytes(java.nio.charset.StandardCharsets.UTF_8)
                .length + 16);
        BodyEncryptor key = new BodyEncryptor(KEY);
        assertThat(key.decrypt(once)).isEqualTo(BODY);
        assertThat(key.decrypt(twice)).isEqualTo(BODY);
    }

    @Test
    void aWrongKeyOrAChangedCiphertextDoesNotDecrypt() {
        String stored = new BodyEncryptor(KEY).encrypt(BODY);
        String otherKey = Base64.getEncoder().encodeToString(new byte[32]);
        byte[] bytes = Base64.getDecoder().decode(stored);
        bytes[20] ^= 1;

        assertThatThrownBy(() -> new BodyEncryptor(otherKey).decrypt(stored)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BodyEncryptor(KEY).decrypt(Base64.getEncoder().encodeToString(bytes)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void encryptedModeRefusesAMissingOrShortKey() {
        assertThatThrownBy(() -> new BodyProtection(props(BodyMode.ENCRYPTED, null)))
                .hasMessageContaining("GATEWAY_AUDIT_KEY");
        assertThatThrownBy(() -> new BodyProtection(props(BodyMode.ENCRYPTED, "c2hvcnQ=")))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new BodyProtection(props(BodyMode.ENCRYPTED, "not base64!")))
                .hasMessageContaining("base64");
    }

    static AuditProperties props(BodyMode mode, String key) {
        return new AuditProperties(mode, key, Duration.ofDays(1825), 100);
    }
}
