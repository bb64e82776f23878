package vn.resultpost.gateway.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.resultpost.gateway.canonical.ResultSubmission;
import vn.resultpost.gateway.support.Sha256;

/**
 * The fingerprint intake compares a resubmission with: SHA-256 of the normalised submission's JSON
 * without null or empty fields, so that an optional field added in a later version does not make a
 * result that does not use it look different (which would answer 409 to an honest retry).
 */
final class SubmissionHash {

    private final ObjectMapper json;

    SubmissionHash(ObjectMapper json) {
        this.json = json.copy().setDefaultPropertyInclusion(JsonInclude.Include.NON_EMPTY);
    }

    String of(ResultSubmission result) {
        try {
            return Sha256.hex(json.writeValueAsString(result));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a validated submission", e);
        }
    }
}
