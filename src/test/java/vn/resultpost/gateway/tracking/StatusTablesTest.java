package vn.resultpost.gateway.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.resultpost.gateway.canonical.ShipmentStatus;

class StatusTablesTest {

    private static StatusTable vnpost;

    @BeforeAll
    static void load() throws IOException {
        vnpost = new StatusTables(Path.of("config/operators")).find("vnpost").orElseThrow();
    }

    private static StatusTable parse(String yaml, String source) throws IOException {
        return StatusTables.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), source);
    }

    @ParameterizedTest
    @CsvSource({
            "1, ORDER_CREATED",
            "6, PICKED_UP",
            "10, IN_TRANSIT",
            "12, OUT_FOR_DELIVERY",
            "14, DELIVERED",
            "15, DELIVERY_FAILED",
            "16, RETURNING",
            "17, RETURNING",
            "18, RETURNING",
            "19, RETURNED_TO_AGENCY",
            "22, CANCELLED"})
    void vnpostCodesMapToCanonicalStatuses(String code, ShipmentStatus expected) {
        StatusTable.Entry entry = vnpost.lookup(code).orElseThrow();
        assertThat(entry.status()).contains(expected);
        assertThat(entry.informational()).isFalse();
        assertThat(entry.text()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "21"})
    void informationalVnpostCodes(String code) {
        StatusTable.Entry entry = vnpost.lookup(code).orElseThrow();
        assertThat(entry.informational()).isTrue();
        assertThat(entry.status()).isEmpty();
    }

    @Test
    void unknownOrMissingCodeIsEmpty() {
        assertThat(vnpost.lookup("99")).isEmpty();
        assertThat(vnpost.lookup("")).isEmpty();
        assertThat(vnpost.lookup(null)).isEmpty();
    }

    @Test
    void vnpostTableHeader() {
        assertThat(vnpost.operator()).isEqualTo("vnpost");
        assertThat(vnpost.version()).isEqualTo("2025-01");
        assertThat(vnpost.lookup("14").orElseThrow().text()).contains("Delivered");
    }

    @Test
    void unknownOperatorIsEmpty() throws IOException {
        assertThat(new StatusTables(Path.of("config/operators")).find("ghn")).isEmpty();
    }

    @Test
    void parsesAMinimalTableAndDefaultsTheText() throws IOException {
        StatusTable t = parse("""
                operator: demo
                version: "1"
                statuses:
                  "A": { status: PICKED_UP, text: "Picked" }
                  "B": { status: INFORMATIONAL }
                """, "demo.yml");
        assertThat(t.operator()).isEqualTo("demo");
        assertThat(t.lookup("A")).map(StatusTable.Entry::status).contains(Optional.of(ShipmentStatus.PICKED_UP));
        assertThat(t.lookup("B").orElseThrow().informational()).isTrue();
        assertThat(t.lookup("B").orElseThrow().text()).isEqualTo("INFORMATIONAL");
    }

    @Test
    void unknownCanonicalStatusNamesFileAndCode() {
        String yaml = """
                operator: demo
                version: "1"
                statuses:
                  "6": { status: PICKED_UP }
                  "42": { status: LOST_IN_SPACE }
                """;
        assertThatThrownBy(() -> parse(yaml, "operators/demo.yml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("operators/demo.yml")
                .hasMessageContaining("42")
                .hasMessageContaining("LOST_IN_SPACE");
    }

    @Test
    void codeWithoutStatusNamesFileAndCode() {
        String yaml = """
                operator: demo
                version: "1"
                statuses:
                  "7": { text: "no status here" }
                """;
        assertThatThrownBy(() -> parse(yaml, "demo.yml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("demo.yml code 7")
                .hasMessageContaining("status");
    }

    @Test
    void missingOperatorFails() {
        String yaml = """
                version: "1"
                statuses:
                  "6": { status: PICKED_UP }
                """;
        assertThatThrownBy(() -> parse(yaml, "demo.yml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("demo.yml")
                .hasMessageContaining("'operator' is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"statuses: {}\n", "statuses:\n", "", "statuses: [\"6\"]\n"})
    void emptyOrMissingStatusesFails(String statuses) {
        String yaml = "operator: demo\nversion: \"1\"\n" + statuses;
        assertThatThrownBy(() -> parse(yaml, "demo.yml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("demo.yml")
                .hasMessageContaining("statuses");
    }

    @Test
    void nonExistentFolderFailsClearly(@TempDir Path tmp) {
        Path missing = tmp.resolve("no-such-folder");
        assertThatThrownBy(() -> new StatusTables(missing))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(missing.toAbsolutePath().toString())
                .hasMessageContaining("does not exist");
    }

    @Test
    void folderLoadsOnlyYmlFilesAndNamesTheBadFile(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("a.yml"), "operator: a\nversion: \"1\"\nstatuses:\n  \"1\": { status: PICKED_UP }\n");
        Files.writeString(tmp.resolve("notes.txt"), "not a table");
        StatusTables tables = new StatusTables(tmp);
        assertThat(tables.find("a")).isPresent();

        Path bad = tmp.resolve("b.yml");
        Files.writeString(bad, "operator: b\nversion: \"1\"\nstatuses:\n  \"1\": { status: NOPE }\n");
        assertThatThrownBy(() -> new StatusTables(tmp))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(bad.toString())
                .hasMessageContaining("NOPE");
    }
}
