package vn.resultpost.gateway.operator.vnpost;

import java.time.LocalDate;
import java.util.List;
import vn.resultpost.gateway.canonical.Address;
import vn.resultpost.gateway.canonical.Applicant;
import vn.resultpost.gateway.canonical.ResultDocument;
import vn.resultpost.gateway.canonical.ResultSubmission;
import vn.resultpost.gateway.canonical.SenderAgency;
import vn.resultpost.gateway.canonical.ServiceLevel;
import vn.resultpost.gateway.canonical.ShipmentOrder;

/** Canonical sample data shared by the VNPost adapter tests. */
final class VnpostSamples {

    static final String REFERENCE = "5f0c6a2e-7b1d-4c8e-9a57-3d2b1e0f4a11";
    static final String CUSTOMER_CODE = "C0012345";
    static final String WAYBILL = "EB123456789VN";

    private VnpostSamples() {
    }

    static SenderAgency sender() {
        return new SenderAgency("000.00.12.H26", "UBND phường Ba Đình", "02437335566",
                new Address("01", "00004", "Số 1 Hoàng Hoa Thám"));
    }

    static ResultSubmission submission(ServiceLevel level, Integer weightGrams, List<ResultDocument> documents) {
        return new ResultSubmission("000.00.12.H26", "000.00.12.H26-261128-0001", "1.001612",
                new Applicant("Nguyễn Thị Lan", "001190012345", "0912345678", "lan.nguyen@example.vn"),
                new Address("01", "00004", "Số 12 ngõ 34 phố Đội Cấn"),
                documents, 50_000L, level, LocalDate.of(2026, 12, 1), weightGrams);
    }

    static List<ResultDocument> twoDocuments() {
        return List.of(new ResultDocument("Giấy chứng nhận đăng ký hộ kinh doanh", 1, true),
                new ResultDocument("Biên lai thu phí", 2, false));
    }

    static ShipmentOrder order(ServiceLevel level, Integer weightGrams) {
        return new ShipmentOrder(REFERENCE, submission(level, weightGrams, twoDocuments()), sender());
    }

    static ShipmentOrder order() {
        return order(ServiceLevel.STANDARD, null);
    }
}
