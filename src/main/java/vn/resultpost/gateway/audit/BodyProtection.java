package vn.resultpost.gateway.audit;

import vn.resultpost.gateway.support.PersonalDataMasker;
import org.springframework.stereotype.Component;

/**
 * Turns a raw message body into its stored form per {@code gateway.audit.body-mode}: masked (default),
 * encrypted or plain. Refuses to start in ENCRYPTED mode without a valid key.
 */
@Component
public class BodyProtection {

    private final BodyMode mode;
    private final PersonalDataMasker masker = new PersonalDataMasker();
    private final BodyEncryptor encryptor;

    public BodyProtection(AuditProperties props) {
        this.mode = props.bodyMode();
        this.encryptor = mode == BodyMode.ENCRYPTED ? new BodyEncryptor(props.encryptionKey()) : null;
    }

    public BodyMode mode() {
        return mode;
    }

    /** The body as it is stored (the record hash covers this form). */
    public String protect(String body) {
        String raw = body == null ? "" : body;
        return switch (mode) {
            case MASKED -> masker.mask(raw);
            case ENCRYPTED -> encryptor.encrypt(raw);
            case PLAIN -> raw;
        };
    }
}
