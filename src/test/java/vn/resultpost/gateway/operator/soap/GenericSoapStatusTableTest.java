package vn.resultpost.gateway.operator.soap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.tracking.StatusTable;
import vn.resultpost.gateway.tracking.StatusTables;

/** config/operators/generic-soap.yml maps every event code of the contract, each to the right status. */
class GenericSoapStatusTableTest {

    private static StatusTable table;

    @BeforeAll
    static void load() throws IOException {
        table = new StatusTables(Path.of("config/operators")).find("generic-soap").orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({
            "CREATED, ORDER_CREATED",
            "PICKED_UP, PICKED_UP",
            "IN_TRANSIT, IN_TRANSIT",
            "OUT_FOR_DELIVERY, OUT_FOR_DELIVERY",
            "DELIVERED, DELIVERED",
            "DELIVERY_FAILED, DELIVERY_FAILED",
            "RETURNING, RETURNING",
            "RETURNED, RETURNED_TO_AGENCY",
            "CANCELLED, CANCELLED"})
    void eventCodesMapToCanonicalStatuses(String code, ShipmentStatus expected) {
        StatusTable.Entry entry = table.lookup(code).orElseThrow();
        assertThat(entry.status()).contains(expected);
        assertThat(entry.informational()).isFalse();
        assertThat(entry.text()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PICKUP_FAILED", "ARRIVED_AT_DELIVERY_OFFICE", "COD_REMITTED"})
    void informationalCodes(String code) {
        StatusTable.Entry entry = table.lookup(code).orElseThrow();
        assertThat(entry.informational()).isTrue();
        assertThat(entry.status()).isEmpty();
        assertThat(entry.text()).isNotBlank();
    }

    @Test
    void theTableMapsExactlyTheEventCodesOfTheContract() {
        Element schema = SoapOperatorXml.parse(read());
        List<String> contractCodes = new java.util.ArrayList<>();
        var types = schema.getElementsByTagNameNS("http://www.w3.org/2001/XMLSchema", "simpleType");
        for (int i = 0; i < types.getLength(); i++) {
            Element type = (Element) types.item(i);
            if ("EventCode".equals(type.getAttribute("name"))) {
                var values = type.getElementsByTagNameNS("http://www.w3.org/2001/XMLSchema", "enumeration");
                for (int j = 0; j < values.getLength(); j++) {
                    contractCodes.add(((Element) values.item(j)).getAttribute("value"));
                }
            }
        }
        assertThat(contractCodes).hasSize(12);
        assertThat(table.codes().keySet()).as("the table maps exactly the contract's codes")
                .containsExactlyInAnyOrderElementsOf(contractCodes);
        assertThat(table.lookup("14")).as("a VNPost code means nothing here").isEmpty();
        assertThat(table.lookup("delivered")).as("codes are case-sensitive").isEmpty();
    }

    @Test
    void tableHeader() {
        assertThat(table.operator()).isEqualTo("generic-soap");
        assertThat(table.version()).isEqualTo("v1");
    }

    private static String read() {
        try (var in = GenericSoapStatusTableTest.class.getResourceAsStream("/wsdl/postal-operator-v1.xsd")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
