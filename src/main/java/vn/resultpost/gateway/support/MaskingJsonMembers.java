package vn.resultpost.gateway.support;

import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * Structured (JSON) logging's counterpart of the masking log layout: every string member of a log event (its
 * message, its exception's stack trace, the rest) goes through the phone and ID number masker
 * ({@code logging.structured.json.customizer}, used only when {@code logging.structured.format.*} is set).
 */
public class MaskingJsonMembers implements StructuredLoggingJsonMembersCustomizer<Object> {

    private static final PersonalDataMasker MASKER = new PersonalDataMasker();

    @Override
    public void customize(JsonWriter.Members<Object> members) {
        members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, MASKER::mask));
    }
}
