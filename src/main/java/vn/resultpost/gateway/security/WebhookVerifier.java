package vn.resultpost.gateway.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.support.UnauthorizedException;

/**
 * Verifies an operator webhook by the gateway's own scheme: {@code X-Gateway-Timestamp} (epoch
 * seconds) and {@code X-Gateway-Signature: sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>},
 * within a tolerance window, each signature accepted once (replay cache; entries expire from the oldest
 * end, so a call costs the same however many calls the window holds).
 */
@Component
public class WebhookVerifier {

    public static final String TIMESTAMP = "X-Gateway-Timestamp";
    public static final String SIGNATURE = "X-Gateway-Signature";

    private final SecurityProperties props;
    private final Clock clock;
    private final Map<String, Instant> seen = new ConcurrentHashMap<>();
    /** The entries of {@link #seen} in the order they were remembered (time order), expired from the head. */
    private final Queue<Map.Entry<String, Instant>> rememberedOrder = new ConcurrentLinkedQueue<>();
    private final ReentrantLock expiring = new ReentrantLock();

    public WebhookVerifier(SecurityProperties props, Clock clock) {
        this.props = props;
        this.clock = clock;
    }

    /**
     * Throws {@link UnauthorizedException} unless the call is signed by the operator, fresh and not
     * already accepted; returns the key to {@link #remember} once the call's event is safely queued
     * (a call that failed before that may be retried with the same signature).
     */
    public String verify(String operator, String timestamp, String signature, String body) {
        SecurityProperties.Webhook webhook = props.webhooks().get(operator);
        if (webhook == null || webhook.secret() == null || webhook.secret().isBlank()) {
            throw new UnauthorizedException("No webhook secret is configured for operator " + operator);
        }
        if (timestamp == null || signature == null) {
            throw new UnauthorizedException("Missing " + TIMESTAMP + " or " + SIGNATURE + " header");
        }
        Instant sent;
        try {
            sent = Instant.ofEpochSecond(Long.parseLong(timestamp.strip()));
        } catch (NumberFormatException e) {
            throw new UnauthorizedException(TIMESTAMP + " must be epoch seconds");
        }
        Instant now = clock.instant();
        Duration tolerance = props.webhookTolerance();
        if (Duration.between(sent, now).abs().compareTo(tolerance) > 0) {
            throw new UnauthorizedException("Timestamp outside the " + tolerance.toMinutes() + "-minute tolerance");
        }
        String expected = "sha256=" + sign(webhook.secret(), timestamp.strip() + "." + body);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.strip().getBytes(StandardCharsets.US_ASCII))) {
            throw new UnauthorizedException("Signature does not match");
        }
        expire(now.minus(tolerance.multipliedBy(2)));
        String key = operator + ":" + expected;
        if (seen.containsKey(key)) {
            throw new UnauthorizedException("This signed call was already received (replay)");
        }
        return key;
    }

    /**
     * Throws {@link UnauthorizedException} unless {@code token}, the secret an operator puts in its webhook
     * body (Viettel Post's TOKEN), equals the operator's configured webhook secret (compared in constant
     * time). Repeats of one event are harmless: the status intake de-duplicates them.
     */
    public void verifyBodyToken(String operator, String token) {
        SecurityProperties.Webhook webhook = props.webhooks().get(operator);
        if (webhook == null || webhook.secret() == null || webhook.secret().isBlank()) {
            throw new UnauthorizedException("No webhook secret is configured for operator " + operator);
        }
        if (token == null || !MessageDigest.isEqual(webhook.secret().getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8))) {
            throw new UnauthorizedException("The webhook token does not match");
        }
    }

    /** Records an accepted call, so the same signed call is refused as a replay from now on. */
    public void remember(String key) {
        Instant at = clock.instant();
        seen.put(key, at);
        rememberedOrder.add(new SimpleImmutableEntry<>(key, at));
    }

    /** Forgets the calls remembered before {@code cutoff}, oldest first; one thread at a time, others skip. */
    private void expire(Instant cutoff) {
        if (!expiring.tryLock()) {
            return;
        }
        try {
            Map.Entry<String, Instant> oldest;
            while ((oldest = rememberedOrder.peek()) != null && oldest.getValue().isBefore(cutoff)) {
                rememberedOrder.poll();
                seen.remove(oldest.getKey(), oldest.getValue());
            }
        } finally {
            expiring.unlock();
        }
    }

    /** How many signed calls are remembered (for tests). */
    int remembered() {
        return seen.size();
    }

    /** HMAC-SHA256 of {@code payload} with {@code secret}, hex. */
    public static String sign(String secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
