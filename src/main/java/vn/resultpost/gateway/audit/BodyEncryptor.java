package vn.resultpost.gateway.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for logged bodies: a fresh random 12-byte IV per body, stored in front of the ciphertext
 * (and its 16-byte tag); the stored form is {@code base64(iv || ciphertext || tag)}.
 */
public final class BodyEncryptor {

    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    /** @param base64Key 32 bytes, base64 (e.g. {@code openssl rand -base64 32}) */
    public BodyEncryptor(String base64Key) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64Key == null ? "" : base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("gateway.audit.encryption-key (GATEWAY_AUDIT_KEY) is not base64", e);
        }
        if (raw.length != 32) {
            throw new IllegalArgumentException("gateway.audit.encryption-key (GATEWAY_AUDIT_KEY) must be 32 bytes "
                    + "(AES-256) in base64, e.g. from 'openssl rand -base64 32'; it has " + raw.length);
        }
        this.key = new SecretKeySpec(raw, "AES");
    }

    public String encrypt(String plain) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a logged body", e);
        }
    }

    /** The plain body; fails when the stored form was not made with this key or was changed. */
    public String decrypt(String stored) {
        byte[] all = Base64.getDecoder().decode(stored);
        if (all.length < IV_BYTES + TAG_BITS / 8) {
            throw new IllegalArgumentException("Not an encrypted body: too short");
        }
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Cannot decrypt the body: wrong key or changed ciphertext", e);
        }
    }
}
