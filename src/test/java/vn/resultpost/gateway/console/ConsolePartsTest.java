package vn.resultpost.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.resultpost.gateway.canonical.ResultKey;
import vn.resultpost.gateway.canonical.Shipment;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.store.DeadlineRepository.StoredDeadline;

/** The console's small pieces: CSV cells, percentiles, masking of the recipient, deadline states. */
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
