package vn.resultpost.gateway.operator.vnpost;

import java.util.List;
import java.util.Map;
import vn.resultpost.gateway.canonical.ResultDocument;
import vn.resultpost.gateway.canonical.ResultSubmission;
import vn.resultpost.gateway.canonical.SenderAgency;
import vn.resultpost.gateway.canonical.ShipmentOrder;
import vn.resultpost.gateway.operator.vnpost.VnpostMessages.CreateOrder;
import vn.resultpost.gateway.operator.vnpost.VnpostMessages.Item;
import vn.resultpost.gateway.operator.vnpost.VnpostMessages.Party;

/** Pure request mapper from a canonical {@link ShipmentOrder} to VNPost's create-order body. */
public final class VnpostOrderMapper {

    static final int ENVELOPE_GRAMS = 50;
    static final int GRAMS_PER_DOCUMENT_COPY = 20;

    private final String customerCode;
    private final Map<String, String> serviceCodes;

    public VnpostOrderMapper(String customerCode, Map<String, String> serviceCodes) {
        this.customerCode = customerCode;
        this.serviceCodes = Map.copyOf(serviceCodes);
    }

    public CreateOrder map(ShipmentOrder order) {
        ResultSubmission r = order.result();
        SenderAgency s = order.sender();
        String service = serviceCodes.get(r.serviceLevel().name());
        if (service == null) {
            throw new IllegalStateException("No VNPost service code for " + r.serviceLevel()
                    + " (gateway.operators.vnpost.service-codes)");
        }
        List<Item> items = r.documents().stream()
                .map(d -> new Item(d.title(), copies(d), d.original())).toList();
        return new CreateOrder(customerCode, order.reference(), service,
                new Party(s.name(), s.phone(), s.address().streetLine(), s.address().provinceCode(),
                        s.address().wardCode()),
                new Party(r.applicant().fullName(), r.applicant().phone(), r.address().streetLine(),
                        r.address().provinceCode(), r.address().wardCode()),
                r.weightGrams() != null ? r.weightGrams() : weight(r.documents()),
                r.codAmount() == null ? 0L : r.codAmount(),
                true,
                "Kết quả TTHC hồ sơ " + r.dossierCode(),
                items);
    }

    /** A default weight when the agency declared none: an envelope and 20 g per copy. */
    static int weight(List<ResultDocument> documents) {
        return ENVELOPE_GRAMS + documents.stream().mapToInt(d -> copies(d) * GRAMS_PER_DOCUMENT_COPY).sum();
    }

    private static int copies(ResultDocument d) {
        return d.copies() == null ? 1 : d.copies();
    }
}
