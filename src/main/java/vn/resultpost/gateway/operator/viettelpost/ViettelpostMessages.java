package vn.resultpost.gateway.operator.viettelpost;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies.UpperSnakeCaseStrategy;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * The JSON bodies of the Viettel Post partner API (v2) as records. Viettel's field names are upper snake
 * case ({@code senderFullname} is {@code SENDER_FULLNAME}); only the reply envelope and the login data
 * are lower case.
 */
public final class ViettelpostMessages {

    private ViettelpostMessages() {
    }

    /** Login request: the partner account. */
    @JsonNaming(UpperSnakeCaseStrategy.class)
    public record Login(String username, String password) {
    }

    /** The envelope of every reply: Viettel's own status (200 OK), an error flag, a message and the data. */
    public record Reply(Integer status, Boolean error, String message, JsonNode data) {
    }

    /** Login data: the token and when it expires, in epoch milliseconds. */
    public record LoginData(String token, Long expired) {
    }

    /**
     * Create-order request. {@code orderNumber} is the caller's own unique reference; locations are
     * Viettel's numeric ids; {@code productType} TH is documents; {@code moneyCollection} is the amount the
     * postman collects from the receiver (COD).
     */
    @JsonNaming(UpperSnakeCaseStrategy.class)
    public record CreateOrder(String orderNumber,
                              String senderFullname, String senderAddress, String senderPhone,
                              Integer senderWard, Integer senderDistrict, Integer senderProvince,
                              String receiverFullname, String receiverAddress, String receiverPhone,
                              Integer receiverWard, Integer receiverDistrict, Integer receiverProvince,
                              String productName, String productDescription, Integer productQuantity,
                              Long productPrice, Integer productWeight, String productType,
                              Integer orderPayment, String orderService, String orderServiceAdd, String orderNote,
                              Long moneyCollection, List<Item> listItem) {
    }

    /** One listed item (a document) of an order. */
    @JsonNaming(UpperSnakeCaseStrategy.class)
    public record Item(String productName, Long productPrice, Integer productWeight, Integer productQuantity) {
    }

    /** Create-order reply data: Viettel's waybill ({@code orderNumber}) and the fees, in VND. */
    @JsonNaming(UpperSnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OrderData(String orderNumber, Long moneyCollection, Integer exchangeWeight, Long moneyTotal,
                            Long moneyTotalFee, Long moneyFee, Long moneyCollectionFee, Long moneyFeeVat,
                            Integer kpiHt) {
    }

    /** Order-lookup reply data (by the caller's reference): the waybill, the reference, the last status. */
    @JsonNaming(UpperSnakeCaseStrategy.class)
    public record OrderInfo(String orderNumber, String orderReference, Integer orderStatus, Long moneyTotal) {
    }

    /** UpdateOrder request; {@code type} 4 cancels the order of waybill {@code orderNumber}. */
    @JsonNaming(UpperSnakeCaseStrategy.class)
    public record UpdateOrder(Integer type, String orderNumber, String note) {
    }

    /**
     * A status event, as pushed in a webhook's DATA and as listed by tracking: the waybill
     * ({@code orderNumber}), the caller's reference, the time ("dd/MM/yyyy HH:mm:ss", Vietnam time), the
     * numeric status, its name, where the parcel is ({@code localionCurrently}, Viettel's spelling).
     */
    @JsonNaming(UpperSnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StatusData(String orderNumber, String orderReference, String orderStatusdate, Integer orderStatus,
                             String statusName, String localionCurrently, String note, Long moneyCollection,
                             Integer productWeight) {
    }

    /** A webhook body: the event and the secret token Viettel Post was given for this partner. */
    @JsonNaming(UpperSnakeCaseStrategy.class)
    public record Webhook(StatusData data, String token) {
    }
}
