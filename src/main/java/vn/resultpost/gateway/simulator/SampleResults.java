package vn.resultpost.gateway.simulator;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** SIMULATOR: plausible results of Hà Nội one-stop desks (names, wards, procedures) as submission JSON maps. */
final class SampleResults {

    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi");
    private static final List<String> MIDDLE = List.of("Thị", "Văn", "Minh", "Thu", "Đức", "Ngọc", "Quang");
    private static final List<String> GIVEN = List.of("Lan", "Hùng", "Mai", "Tuấn", "Hương", "Dũng", "Linh", "Nam");
    private static final List<String[]> WARDS = List.of(
            new String[] {"00004", "phố Đội Cấn"}, new String[] {"00008", "phố Hoàng Hoa Thám"},
            new String[] {"00025", "phố Giảng Võ"}, new String[] {"00070", "phố Hàng Bài"},
            new String[] {"00166", "đường Cầu Giấy"});
    private static final List<String[]> PROCEDURES = List.of(
            new String[] {"1.001612", "Giấy chứng nhận đăng ký hộ kinh doanh"},
            new String[] {"2.000908", "Bản sao trích lục khai sinh"},
            new String[] {"1.003003", "Giấy phép xây dựng nhà ở riêng lẻ"},
            new String[] {"1.004227", "Giấy chứng nhận quyền sử dụng đất"});
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    private SampleResults() {
    }

    static String dossierCode(String agency, int sequence) {
        return agency + "-" + LocalDate.now().format(YYMMDD) + "-" + String.format("%04d", sequence % 10_000);
    }

    static Map<String, Object> result(String agency, String dossierCode) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String[] ward = WARDS.get(r.nextInt(WARDS.size()));
        String[] procedure = PROCEDURES.get(r.nextInt(PROCEDURES.size()));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("agencyCode", agency);
        m.put("dossierCode", dossierCode);
        m.put("procedureCode", procedure[0]);
        m.put("applicant", Map.of(
                "fullName", pick(FAMILY) + " " + pick(MIDDLE) + " " + pick(GIVEN),
                "idNumber", "0011" + String.format("%08d", r.nextInt(100_000_000)),
                "phone", "+84 9" + r.nextInt(1, 10) + " " + String.format("%03d %04d", r.nextInt(1000), r.nextInt(10_000))));
        m.put("address", Map.of("provinceCode", "01", "wardCode", ward[0],
                "streetLine", "Số " + r.nextInt(1, 200) + " " + ward[1]));
        m.put("documents", List.of(Map.of("title", procedure[1], "copies", 1, "original", true)));
        m.put("codAmount", r.nextBoolean() ? 0 : 50_000);
        m.put("serviceLevel", r.nextInt(10) == 0 ? "EXPRESS" : "STANDARD");
        m.put("appointmentDate", LocalDate.now().plusDays(1).toString());
        return m;
    }

    private static String pick(List<String> values) {
        return values.get(ThreadLocalRandom.current().nextInt(values.size()));
    }
}
