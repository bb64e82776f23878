package vn.resultpost.gateway.operator.vnposthcc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.tracking.StatusTable;
import vn.resultpost.gateway.tracking.StatusTables;

/** Every status code the domain lists for VNPost maps, in the HCC table, to the right canonical status. */
class VnpostHccStatusTableTest {

    private static StatusTable table;

    @BeforeAll
    static void load() throws IOException {
        table = new StatusTables(Path.of("config/operators")).find("vnpost-hcc").orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({
            "1, ORDER_CREATED",
            "5, INFORMATIONAL",
            "6, PICKED_UP",
            "10, IN_TRANSIT",
            "12, OUT_FOR_DELIVERY",
            "14, DELIVERED",
            "15, DELIVERY_FAILED",
            "16, RETURNING",
            "17, RETURNING",
            "18, RETURNING",
            "19, RETURNED_TO_AGENCY",
            "21, INFORMATIONAL",
            "22, CANCELLED"})
    void everyDomainCodeMaps(String code, String expected) {
        StatusTable.Entry entry = table.lookup(code).orElseThrow();

        if ("INFORMATIONAL".equals(expected)) {
            assertThat(entry.informational()).isTrue();
        } else {
            assertThat(entry.status()).contains(ShipmentStatus.valueOf(expected));
        }
        assertThat(entry.text()).isNotBlank();
    }

    @Test
    void theTableHoldsExactlyTheDomainCodes() {
        assertThat(table.codes().keySet()).containsExactlyInAnyOrder(
                "1", "5", "6", "10", "12", "14", "15", "16", "17", "18", "19", "21", "22");
        assertThat(table.operator()).isEqualTo("vnpost-hcc");
    }

    @Test
    void codesOutsideTheListAreNotGuessed() {
        assertThat(table.lookup("2")).isEmpty();
        assertThat(table.lookup("99")).isEmpty();
        assertThat(table.lookup(null)).isEmpty();
    }

    @Test
    void theLocationsSubFolderIsNotTakenForAStatusTable() throws IOException {
        StatusTables all = new StatusTables(Path.of("config/operators"));

        assertThat(all.find("vnpost")).isPresent();
        assertThat(all.find("vnpost-hcc")).map(StatusTable::version).contains("2026-12-01");
    }
}
