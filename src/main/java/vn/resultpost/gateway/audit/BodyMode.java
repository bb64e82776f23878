package vn.resultpost.gateway.audit;

/** How a logged message's body is stored ({@code gateway.audit.body-mode}). */
public enum BodyMode {
    /** Phone and ID numbers replaced, keeping their last 3 digits ({@link PersonalDataMasker}). */
    MASKED,
    /** The whole body encrypted with AES-256-GCM under {@code gateway.audit.encryption-key}. */
    ENCRYPTED,
    /** As received or sent. */
    PLAIN
}
