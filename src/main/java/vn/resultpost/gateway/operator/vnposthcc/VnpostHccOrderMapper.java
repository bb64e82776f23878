package vn.resultpost.gateway.operator.vnposthcc;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.resultpost.gateway.address.AdministrativeUnits;
import vn.resultpost.gateway.canonical.Address;
import vn.resultpost.gateway.canonical.ResultDocument;
import vn.resultpost.gateway.canonical.ResultSubmission;
import vn.resultpost.gateway.canonical.SenderAgency;
import vn.resultpost.gateway.canonical.ShipmentOrder;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccLocations.Location;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccMessages.PostOrder;

/**
 * Pure request mapper from a canonical {@link ShipmentOrder} to the HCC channel's post-order body (MOrder):
 * old province/district codes from the location table, the 2025 codes in fields of their own, the full
 * address text with the 2025 ward and province names, the documents listed in {@code SenderDesc}.
 */
public final class VnpostHccOrderMapper {

    static final int ENVELOPE_GRAMS = 50;
    static final int GRAMS_PER_DOCUMENT_COPY = 20;

    private final String customerCode;
    private final Map<String, String> serviceCodes;
    private final VnpostHccLocations locations;
    private final AdministrativeUnits units;

    public VnpostHccOrderMapper(String customerCode, Map<String, String> serviceCodes, VnpostHccLocations locations,
                                AdministrativeUnits units) {
        this.customerCode = customerCode;
        this.serviceCodes = Map.copyOf(serviceCodes);
        this.locations = locations;
        this.units = units;
    }

    /** The post-order body, or which address has no location mapping. */
    public Mapping map(ShipmentOrder order) {
        ResultSubmission r = order.result();
        SenderAgency s = order.sender();
        Optional<Location> from = locations.find(s.address().provinceCode(), s.address().wardCode());
        Optional<Location> to = locations.find(r.address().provinceCode(), r.address().wardCode());
        if (from.isEmpty() || to.isEmpty()) {
            Address missing = from.isEmpty() ? s.address() : r.address();
            return new Mapping.Unmapped((from.isEmpty() ? "sender" : "receiver") + " province " + missing.provinceCode()
                    + " ward " + missing.wardCode() + " has no VNPost HCC location code "
                    + "(config/operators/locations/vnpost-hcc.yml)");
        }
        String service = serviceCodes.get(r.serviceLevel().name());
        if (service == null) {
            throw new IllegalStateException("No VNPost HCC service code for " + r.serviceLevel()
                    + " (gateway.operators.vnpost-hcc.service-codes)");
        }
        return new Mapping.Mapped(new PostOrder(customerCode, order.reference(), service,
                r.codAmount() == null ? 0L : r.codAmount(),
                r.weightGrams() != null ? r.weightGrams() : weight(r.documents()),
                s.name(), s.phone(), null, units.describe(s.address()),
                from.get().province(), from.get().district(), s.address().provinceCode(), s.address().wardCode(),
                documents(r.documents()),
                "Kết quả TTHC hồ sơ " + r.dossierCode(),
                r.applicant().fullName(), r.applicant().phone(), r.applicant().email(), units.describe(r.address()),
                to.get().province(), to.get().district(), r.address().provinceCode(), r.address().wardCode()));
    }

    /** A default weight when the agency declared none: an envelope and 20 g per copy. */
    static int weight(List<ResultDocument> documents) {
        return ENVELOPE_GRAMS + documents.stream().mapToInt(d -> copies(d) * GRAMS_PER_DOCUMENT_COPY).sum();
    }

    /** The documents as one line for the postal worker: "title (bản chính) x1; title x2". */
    static String documents(List<ResultDocument> documents) {
        return documents.stream()
                .map(d -> d.title() + (d.original() ? " (bản chính)" : "") + " x" + copies(d))
                .collect(Collectors.joining("; "));
    }

    private static int copies(ResultDocument d) {
        return d.copies() == null ? 1 : d.copies();
    }

    /** The mapper's answer: a request body, or the reason there is none. */
    public sealed interface Mapping {

        /** The post-order body. */
        record Mapped(PostOrder body) implements Mapping {
        }

        /** An address the location table does not cover. */
        record Unmapped(String reason) implements Mapping {
        }
    }
}
