package vn.resultpost.gateway.operator.viettelpost;

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

/** Every Viettel Post code the domain notes list (shared/docs/domain.md) maps to the intended canonical status. */
class ViettelpostStatusTableTest {

    private static StatusTable table;

    @BeforeAll
    static void load() throws IOException {
        table = new StatusTables(Path.of("config/operators")).find("viettelpost").orElseThrow();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "100, ORDER_CREATED",
            "101, CANCELLED",
            "102, INFORMATIONAL",
            "103, INFORMATIONAL",
            "104, INFORMATIONAL",
            "105, PICKED_UP",
            "106, INFORMATIONAL",
            "107, CANCELLED",
            "200, PICKED_UP",
            "201, INFORMATIONAL",
            "202, INFORMATIONAL",
            "300, IN_TRANSIT",
            "301, IN_TRANSIT",
            "302, IN_TRANSIT",
            "303, IN_TRANSIT",
            "400, IN_TRANSIT",
            "401, IN_TRANSIT",
            "402, IN_TRANSIT",
            "403, IN_TRANSIT",
            "500, OUT_FOR_DELIVERY",
            "501, DELIVERED",
            "502, RETURNING",
            "503, CANCELLED",
            "504, RETURNED_TO_AGENCY",
            "505, RETURNING",
            "506, DELIVERY_FAILED",
            "507, DELIVERY_FAILED",
            "508, OUT_FOR_DELIVERY",
            "515, RETURNING",
            "550, OUT_FOR_DELIVERY"})
    void everyListedCodeMapsToItsCanonicalStatus(String code, String expected) {
        StatusTable.Entry entry = table.lookup(code).orElseThrow(() -> new AssertionError("code " + code + " missing"));

        if ("INFORMATIONAL".equals(expected)) {
            assertThat(entry.informational()).isTrue();
        } else {
            assertThat(entry.status()).contains(ShipmentStatus.valueOf(expected));
        }
        assertThat(entry.text()).as("Vietnamese / English text").contains(" / ");
    }

    @Test
    void theTableHoldsNothingElseAndGuessesNothing() {
        assertThat(table.codes()).hasSize(30);
        assertThat(table.lookup("509")).isEmpty();
        assertThat(table.lookup("999")).isEmpty();
        assertThat(table.operator()).isEqualTo("viettelpost");
        assertThat(table.version()).isNotBlank();
    }
}
