package vn.resultpost.gateway.operator.viettelpost;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.resultpost.gateway.canonical.Address;
import vn.resultpost.gateway.canonical.OrderOutcome;
import vn.resultpost.gateway.canonical.ResultDocument;
import vn.resultpost.gateway.canonical.ResultSubmission;
import vn.resultpost.gateway.canonical.SenderAgency;
import vn.resultpost.gateway.canonical.ShipmentOrder;
import vn.resultpost.gateway.operator.viettelpost.ViettelpostLocations.WardIds;
import vn.resultpost.gateway.operator.viettelpost.ViettelpostMessages.CreateOrder;
import vn.resultpost.gateway.operator.viettelpost.ViettelpostMessages.Item;

/**
 * Pure request mapper from a canonical {@link ShipmentOrder} to Viettel Post's createOrder body; an address
 * whose province or ward has no Viettel location id is refused as data ({@code NO_LOCATION_MAPPING}).
 */
public final class ViettelpostOrderMapper {

    static final String NO_LOCATION_MAPPING = "NO_LOCATION_MAPPING";
    static final String DOCUMENTS = "TH";
    static final int ENVELOPE_GRAMS = 50;
    static final int GRAMS_PER_DOCUMENT_COPY = 20;
    static final String NOTE = "Phát tận tay người nhận, kiểm tra CCCD/CMND/hộ chiếu (người nhận thay: kèm giấy ủy quyền)";

    private final ViettelpostLocations locations;
    private final Map<String, String> serviceCodes;
    private final int paymentWithCod;
    private final int paymentWithoutCod;

    public ViettelpostOrderMapper(ViettelpostLocations locations, Map<String, String> serviceCodes, int paymentWithCod,
                                  int paymentWithoutCod) {
        this.locations = locations;
        this.serviceCodes = Map.copyOf(serviceCodes);
        this.paymentWithCod = paymentWithCod;
        this.paymentWithoutCod = paymentWithoutCod;
    }

    /** The request to send, or the refusal when a location cannot be given in Viettel's ids. */
    public Mapping map(ShipmentOrder order) {
        ResultSubmission r = order.result();
        SenderAgency s = order.sender();
        String service = serviceCodes.get(r.serviceLevel().name());
        if (service == null) {
            throw new IllegalStateException("No Viettel Post service code for " + r.serviceLevel()
                    + " (gateway.operators.viettelpost.service-codes)");
        }
        String missing = missing("sender (agency " + s.code() + ")", s.address());
        if (missing == null) {
            missing = missing("receiver", r.address());
        }
        if (missing != null) {
            return new Refused(new OrderOutcome.Rejected(NO_LOCATION_MAPPING, missing));
        }
        int sp = locations.province(s.address().provinceCode()).orElseThrow();
        WardIds sw = locations.ward(s.address().wardCode()).orElseThrow();
        int rp = locations.province(r.address().provinceCode()).orElseThrow();
        WardIds rw = locations.ward(r.address().wardCode()).orElseThrow();
        long cod = r.codAmount() == null ? 0L : r.codAmount();
        List<Item> items = r.documents().stream().map(d -> new Item(title(d), 0L,
                copies(d) * GRAMS_PER_DOCUMENT_COPY, copies(d))).toList();
        return new Request(new CreateOrder(order.reference(),
                s.name(), s.address().streetLine(), s.phone(), sw.wardId(), sw.districtId(), sp,
                r.applicant().fullName(), r.address().streetLine(), r.applicant().phone(),
                rw.wardId(), rw.districtId(), rp,
                "Kết quả TTHC hồ sơ " + r.dossierCode(),
                items.stream().map(i -> i.productName() + " x" + i.productQuantity()).collect(Collectors.joining("; ")),
                r.documents().stream().mapToInt(ViettelpostOrderMapper::copies).sum(),
                0L,
                r.weightGrams() != null ? r.weightGrams() : weight(r.documents()),
                DOCUMENTS,
                cod > 0 ? paymentWithCod : paymentWithoutCod,
                service, "", NOTE, cod, items));
    }

    /** What of {@code address} has no Viettel id, named for the review queue; null when everything maps. */
    private String missing(String whose, Address address) {
        if (locations.province(address.provinceCode()).isEmpty()) {
            return "Viettel Post location table has no id for the " + whose + " province " + address.provinceCode()
                    + " (config/operators/locations/viettelpost.yml)";
        }
        if (locations.ward(address.wardCode()).isEmpty()) {
            return "Viettel Post location table has no id for the " + whose + " ward " + address.wardCode()
                    + " (config/operators/locations/viettelpost.yml)";
        }
        return null;
    }

    /** A default weight when the agency declared none: an envelope and 20 g per copy. */
    static int weight(List<ResultDocument> documents) {
        return ENVELOPE_GRAMS + documents.stream().mapToInt(d -> copies(d) * GRAMS_PER_DOCUMENT_COPY).sum();
    }

    private static String title(ResultDocument d) {
        return d.original() ? d.title() + " (bản chính)" : d.title();
    }

    private static int copies(ResultDocument d) {
        return d.copies() == null ? 1 : d.copies();
    }

    /** What the mapper made of an order. */
    public sealed interface Mapping permits Request, Refused {
    }

    /** The createOrder body to send. */
    public record Request(CreateOrder body) implements Mapping {
    }

    /** Not sent: the order is refused for good, with the reason (held for review by the core). */
    public record Refused(OrderOutcome.Rejected rejection) implements Mapping {
    }
}
