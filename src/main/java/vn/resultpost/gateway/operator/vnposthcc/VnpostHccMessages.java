package vn.resultpost.gateway.operator.vnposthcc;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * The JSON bodies of VNPost's HCC channel through the LGSP, as records. Field names are the channel's
 * (PascalCase, as in VNPost's MOrder / MResult); the token reply is standard OAuth2 (snake_case).
 */
public final class VnpostHccMessages {

    private VnpostHccMessages() {
    }

    /** OAuth2 client-credentials token reply. */
    public record TokenReply(@JsonProperty("access_token") String accessToken,
                             @JsonProperty("token_type") String tokenType,
                             @JsonProperty("expires_in") Long expiresIn) {
    }

    /**
     * Post-order request (MOrder). {@code OrderNumber} is the caller's own unique reference. Province and
     * district are the channel's old (pre-2025) codes; the 2025 province and ward travel in fields of their own.
     */
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PostOrder(String customerCode, String orderNumber, String serviceCode,
                            @JsonProperty("CODAmount") long codAmount, int weight,
                            String senderName, String senderTel, String senderEmail, String senderAddress,
                            String senderProvince, String senderDistrict, String senderProvince2025,
                            String senderWard2025, String senderDesc, String description,
                            String receiverName, String receiverTel, String receiverEmail, String receiverAddress,
                            String receiverProvince, String receiverDistrict, String receiverProvince2025,
                            String receiverWard2025) {
    }

    /** Reply of post-order and cancel-order (MResult): order number, item code (waybill), status. */
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OrderResult(String orderNumber, String itemCode, String statusCode, String statusMessage,
                              Long totalFee) {
    }

    /** Cancel-order request: by order number, with the item code when known. */
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CancelOrder(String customerCode, String orderNumber, String itemCode) {
    }

    /** Order-tracking request: one order, by order number. */
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record TrackingRequest(String customerCode, String orderNumber) {
    }

    /** Order-tracking reply (MStatus of one order): the current status and the history, in any order. */
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Tracking(String orderNumber, String itemCode, String statusCode, String statusMessage,
                           List<TrackingEvent> history) {
    }

    /** One status of an order's history; {@code StatusDate} is ISO-8601 (Vietnam time when no offset). */
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TrackingEvent(String statusCode, String statusMessage, String statusDate) {
    }

    /** A business refusal of the HCC service (4xx). */
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record ErrorReply(String errorCode, String errorMessage) {
    }

    /** A refusal of the LGSP gateway itself (bad token, backend down), WSO2 API Manager style. */
    public record LgspFault(Detail fault) {

        /** The fault's numeric code, message and description. */
        public record Detail(Integer code, String message, String description) {
        }
    }
}
