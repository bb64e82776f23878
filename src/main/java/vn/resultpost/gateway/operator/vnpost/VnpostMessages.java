package vn.resultpost.gateway.operator.vnpost;

import java.util.List;

/** The JSON bodies of the VNPost API, as records (field names are the operator's). */
public final class VnpostMessages {

    private VnpostMessages() {
    }

    /** Token request. */
    public record TokenRequest(String username, String password, String customerCode) {
    }

    /** Token reply. */
    public record TokenReply(String token, Long expiresIn) {
    }

    /** A sender or receiver. */
    public record Party(String name, String phone, String address, String provinceCode, String wardCode) {
    }

    /** One listed document. */
    public record Item(String title, int copies, boolean original) {
    }

    /** Create-order request; {@code orderReference} is the caller's own unique reference. */
    public record CreateOrder(String customerCode, String orderReference, String serviceCode, Party sender,
                              Party receiver, int weightGrams, long codAmount, boolean isDocument,
                              String contentNote, List<Item> items) {
    }

    /** Create-order or order-lookup reply. */
    public record OrderReply(String itemCode, String orderReference, Long totalFee, String statusCode) {
    }

    /** Error reply. */
    public record ErrorReply(String errorCode, String message) {
    }

    /** A status event, as pushed to the webhook and as listed by tracking. */
    public record StatusEvent(String itemCode, String orderReference, String statusCode, String statusName,
                              String eventTime) {
    }

    /** Tracking reply. */
    public record Tracking(String itemCode, List<StatusEvent> events) {
    }
}
