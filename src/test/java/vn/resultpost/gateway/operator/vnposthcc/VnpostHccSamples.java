package vn.resultpost.gateway.operator.vnposthcc;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.resultpost.gateway.address.AdministrativeUnits;
import vn.resultpost.gateway.canonical.Address;
import vn.resultpost.gateway.canonical.Applicant;
import vn.resultpost.gateway.canonical.ResultDocument;
import vn.resultpost.gateway.canonical.ResultSubmission;
import vn.resultpost.gateway.canonical.SenderAgency;
import vn.resultpost.gateway.canonical.ServiceLevel;
import vn.resultpost.gateway.canonical.ShipmentOrder;

/** Canonical sample data shared by the VNPost HCC adapter tests. */
final class VnpostHccSamples {

    static final String REFERENCE = "5f0c6a2e-7b1d-4c8e-9a57-3d2b1e0f4a11";
    static final String CUSTOMER_CODE = "HCC0012345";
    static final String WAYBILL = "EB123456789VN";
    static final Map<String, String> SERVICE_CODES = Map.of("STANDARD", "HCC", "EXPRESS", "EMS");
    static final Path LOCATIONS_FILE = Path.of("config/operators/locations/vnpost-hcc.yml");
    /** The bundled address registry, loaded once per test JVM. */
    static final AdministrativeUnits UNITS = new AdministrativeUnits();
    static final VnpostHccLocations LOCATIONS = VnpostHccLocations.load(LOCATIONS_FILE);

    private VnpostHccSamples() {
    }

    static SenderAgency sender() {
        return new SenderAgency("000.00.12.H26", "UBND phường Ba Đình - Bộ phận Một cửa", "02437335566",
                new Address("01", "00004", "Số 1 Hoàng Hoa Thám"));
    }

    static ResultSubmission submission(ServiceLevel level, Integer weightGrams, Address to) {
        return new ResultSubmission("000.00.12.H26", "000.00.12.H26-261128-0001", "1.001612",
                new Applicant("Nguyễn Thị Lan", "001190012345", "0912345678", "lan.nguyen@example.vn"),
                to, documents(), 50_000L, level, LocalDate.of(2026, 12, 1), weightGrams);
    }

    static List<ResultDocument> documents() {
        return List.of(new ResultDocument("Giấy chứng nhận đăng ký hộ kinh doanh", 1, true),
                new ResultDocument("Biên lai thu phí", 2, false));
    }

    static Address receiverAddress() {
        return new Address("01", "00004", "Số 12 ngõ 34 phố Đội Cấn");
    }

    static ShipmentOrder order(ServiceLevel level, Integer weightGrams, Address to) {
        return new ShipmentOrder(REFERENCE, submission(level, weightGrams, to), sender());
    }

    static ShipmentOrder order() {
        return order(ServiceLevel.STANDARD, null, receiverAddress());
    }
}
