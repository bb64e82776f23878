package vn.resultpost.gateway.operator.viettelpost;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.resultpost.gateway.canonical.Address;
import vn.resultpost.gateway.canonical.Applicant;
import vn.resultpost.gateway.canonical.ResultDocument;
import vn.resultpost.gateway.canonical.ResultSubmission;
import vn.resultpost.gateway.canonical.SenderAgency;
import vn.resultpost.gateway.canonical.ServiceLevel;
import vn.resultpost.gateway.canonical.ShipmentOrder;

/** Canonical sample data and a small location table shared by the Viettel Post adapter tests. */
final class ViettelpostSamples {

    static final String REFERENCE = "5f0c6a2e-7b1d-4c8e-9a57-3d2b1e0f4a11";
    static final String WAYBILL = "1850123456789";
    static final Map<String, String> SERVICES = Map.of("STANDARD", "VCN", "EXPRESS", "VHT");
    static final String TABLE = """
            operator: viettelpost
            version: "test"
            provinces:
              "01": 1
            wards:
              "00004": { ward: 9001, district: 901 }
              "00166": { ward: 9005, district: 905 }
            """;

    private ViettelpostSamples() {
    }

    static ViettelpostLocations locations() {
        try {
            return ViettelpostLocations.parse(new ByteArrayInputStream(TABLE.getBytes(StandardCharsets.UTF_8)), "test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SenderAgency sender() {
        return new SenderAgency("000.00.12.H26", "UBND phường Ba Đình", "02437335566",
                new Address("01", "00004", "Số 1 Hoàng Hoa Thám"));
    }

    static ResultSubmission submission(ServiceLevel level, Integer weightGrams, Long cod, Address to,
                                       List<ResultDocument> documents) {
        return new ResultSubmission("000.00.12.H26", "000.00.12.H26-261128-0001", "1.001612",
                new Applicant("Nguyễn Thị Lan", "001190012345", "0912345678", "lan.nguyen@example.vn"),
                to, documents, cod, level, LocalDate.of(2026, 12, 1), weightGrams);
    }

    static Address receiverAddress() {
        return new Address("01", "00166", "Số 12 ngõ 34 đường Cầu Giấy");
    }

    static List<ResultDocument> twoDocuments() {
        return List.of(new ResultDocument("Giấy chứng nhận đăng ký hộ kinh doanh", 1, true),
                new ResultDocument("Biên lai thu phí", 2, false));
    }

    static ShipmentOrder order(ServiceLevel level, Integer weightGrams, Long cod, Address to) {
        return new ShipmentOrder(REFERENCE, submission(level, weightGrams, cod, to, twoDocuments()), sender());
    }

    static ShipmentOrder order() {
        return order(ServiceLevel.STANDARD, null, 50_000L, receiverAddress());
    }
}
