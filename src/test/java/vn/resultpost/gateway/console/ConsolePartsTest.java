package vn.resultpost.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.resultpost.gateway.canonical.ResultKey;
import vn.resultpost.gateway.canonical.Shipment;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.store.DeadlineRepository.StoredDeadline;

/**
 * The console's small pieces: CSV cells, percentiles, pickup-to-delivery times per day, the dashboard's CSV, masking
 * of the recipient, deadline states.
 */
class ConsolePartsTest {

    @Test
    void csvCellsAreQuotedAndNeverTakenForFormulas() {
        assertThat(Csv.cell("plain")).isEqualTo("plain");
        assertThat(Csv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.cell("=HYPERLINK(\"x\")")).startsWith("\"'=");
        assertThat(Csv.cell("-1")).isEqualTo("'-1");
        assertThat(Csv.cell(null)).isEmpty();
    }

    @Test
    void percentilesAreNearestRankInHours() {
        List<Duration> d = List.of(Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(3), Duration.ofHours(4),
                Duration.ofHours(10));
        assertThat(Percentiles.of(d, 50)).isEqualTo(3.0);
        assertThat(Percentiles.of(d, 90)).isEqualTo(10.0);
        assertThat(Percentiles.of(List.of(Duration.ofMinutes(90)), 50)).isEqualTo(1.5);
        assertThat(Percentiles.of(List.of(), 50)).isNull();
    }

    @Test
    void pickupToDeliveryTimesPerDayOfDeliveryInVietnam() {
        DeliveryTimes times = new DeliveryTimes(LocalDate.of(2026, 12, 1), 3);
        times.pickedUp("before-window", Instant.parse("2026-11-30T10:00:00Z"));
        times.delivered("before-window", Instant.parse("2026-12-01T02:00:00Z")); // 16 h, on 1 December
        times.pickedUp("s2", Instant.parse("2026-12-01T00:00:00Z"));
        times.delivered("s2", Instant.parse("2026-12-01T04:00:00Z")); // 4 h
        times.pickedUp("s3", Instant.parse("2026-12-01T01:00:00Z"));
        times.delivered("s3", Instant.parse("2026-12-01T03:00:00Z")); // 2 h
        times.pickedUp("s4", Instant.parse("2026-12-02T00:00:00Z"));
        times.pickedUp("s4", Instant.parse("2026-12-02T10:00:00Z")); // the first pickup counts
        times.delivered("s4", Instant.parse("2026-12-02T18:00:00Z")); // 18 h, on 3 December in Vietnam
        times.delivered("no-pickup", Instant.parse("2026-12-02T05:00:00Z"));
        times.pickedUp("s6", Instant.parse("2026-11-29T00:00:00Z"));
        times.delivered("s6", Instant.parse("2026-11-30T00:00:00Z")); // before the window

        assertThat(times.hoursPerDay(50)).containsExactly(4.0, null, 18.0);
        assertThat(times.hoursPerDay(90)).containsExactly(16.0, null, 18.0);
        assertThat(times.hours(50)).isEqualTo(4.0);
        assertThat(times.hours(90)).isEqualTo(18.0);
        assertThat(times.measured()).isEqualTo(4);
    }

    @Test
    void theDashboardCsvHasThePerDayTimes() {
        List<LocalDate> days = List.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2));
        Map<String, long[]> perDay = new LinkedHashMap<>();
        DashboardReadModel.SERIES.forEach(s -> perDay.put(s, new long[] {1, 2}));
        DashboardFigures f = new DashboardFigures(days, perDay, Map.of("A", Map.of("RECEIVED", 3L)), Map.of(), 0, 0,
                4.0, 16.0, 3, Arrays.asList(4.0, null), Arrays.asList(16.0, null));
        String csv = new String(DashboardCsv.of(f).download("d.csv").getBody(), StandardCharsets.UTF_8);
        assertThat(csv).contains("day,2026-12-02,DELIVERED,2\r\n", "agency,A,RECEIVED,3\r\n",
                "pickup-to-delivery-hours-by-day,2026-12-01,median,4.0\r\n",
                "pickup-to-delivery-hours-by-day,2026-12-01,p90,16.0\r\n",
                "pickup-to-delivery-hours-by-day,2026-12-02,median,\r\n",
                "pickup-to-delivery-hours-by-day,2026-12-02,p90,\r\n", "total,,DELIVERED,3\r\n",
                "pickup-to-delivery-hours,median,DELIVERED,4.0\r\n");
    }

    @Test
    void aViewerSeesInitialsTheLastDigitsAndNoStreet() {
        Recipient r = new Recipient("Nguyễn Thị Lan", "0912345678", "Số 12 ngõ 34", "00004", "01").masked();
        assertThat(r).isEqualTo(new Recipient("N*** T*** L***", "*******678", "***", "00004", "01"));
        assertThat(new Recipient(null, null, null, null, null).masked().name()).isNull();
    }

    @Test
    void deadlineStates() {
        LocalDate today = LocalDate.of(2026, 12, 3);
        StoredDeadline due = new StoredDeadline("s", "a", "d", today, "J+2", null);
        StoredDeadline marked = new StoredDeadline("s", "a", "d", today.minusDays(1), "J+2", Instant.EPOCH);
        assertThat(DeadlineState.of(shipment(ShipmentStatus.IN_TRANSIT), due, today)).isEqualTo(DeadlineState.DUE_TODAY);
        assertThat(DeadlineState.of(shipment(ShipmentStatus.IN_TRANSIT), due, today.minusDays(1)))
                .isEqualTo(DeadlineState.ON_TRACK);
        assertThat(DeadlineState.of(shipment(ShipmentStatus.IN_TRANSIT), due, today.plusDays(1)))
                .isEqualTo(DeadlineState.OVERDUE);
        assertThat(DeadlineState.of(shipment(ShipmentStatus.DELIVERED), due, today)).isEqualTo(DeadlineState.MET);
        assertThat(DeadlineState.of(shipment(ShipmentStatus.DELIVERED), marked, today)).isEqualTo(DeadlineState.MISSED);
        assertThat(DeadlineState.of(shipment(ShipmentStatus.RETURNED_TO_AGENCY), marked, today))
                .isEqualTo(DeadlineState.CLOSED);
    }

    @Test
    void failureReasonsDropTheTrailingCode() {
        assertThat(DashboardReadModel.reason("Phát không thành công - người nhận vắng nhà (vnpost code 15)"))
                .isEqualTo("Phát không thành công - người nhận vắng nhà");
        assertThat(DashboardReadModel.reason(null)).isEqualTo("(none given)");
    }

    private static Shipment shipment(ShipmentStatus status) {
        return new Shipment("s", new ResultKey("a", "d"), "vnpost", "EB1VN", status, 0, null, Instant.EPOCH, Instant.EPOCH);
    }
}
