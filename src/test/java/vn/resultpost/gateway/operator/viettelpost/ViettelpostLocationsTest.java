package vn.resultpost.gateway.operator.viettelpost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.resultpost.gateway.Fixtures;

/** The location table in config: its format, and that it covers every ward the demo and the tests use. */
class ViettelpostLocationsTest {

    private static final Path TABLE = Path.of("config/operators/locations/viettelpost.yml");
    /** The wards of simulator.SampleResults (the demo's dossier system). */
    private static final List<String> SAMPLE_WARDS = List.of("00004", "00008", "00025", "00070", "00166");

    private final ViettelpostLocations table = ViettelpostLocations.load(TABLE);

    @Test
    void coversTheAgenciesOfTheConfiguration() throws IOException {
        JsonNode agencies = new ObjectMapper(new YAMLFactory()).readTree(Path.of("config/application.yml").toFile())
                .path("gateway").path("agencies");
        List<String> wards = new ArrayList<>();
        agencies.forEach(a -> {
            assertThat(table.province(a.path("province-code").asText())).isPresent();
            wards.add(a.path("ward-code").asText());
        });

        assertThat(wards).isNotEmpty().allSatisfy(w -> assertThat(table.ward(w)).as("ward " + w).isPresent());
    }

    @Test
    void coversTheSimulatorsSampleWardsAndTheSubmissionFixture() throws IOException {
        JsonNode fixture = new ObjectMapper().readTree(Fixtures.read("result-submission.json"));

        assertThat(table.province("01")).isPresent();
        assertThat(table.ward(fixture.path("address").path("wardCode").asText())).isPresent();
        SAMPLE_WARDS.forEach(w -> assertThat(table.ward(w)).as("ward " + w).isPresent());
    }

    @Test
    void shortCodesArePaddedAndUnknownOnesAreEmpty() {
        assertThat(table.ward("4")).isEqualTo(table.ward("00004"));
        assertThat(table.province("1")).isEqualTo(table.province("01"));
        assertThat(table.ward("99999")).isEmpty();
        assertThat(table.ward(null)).isEmpty();
        assertThat(table.province("96")).isEmpty();
    }

    @Test
    void missingFileNamesThePropertyToSet(@TempDir Path tmp) {
        assertThatThrownBy(() -> ViettelpostLocations.load(tmp.resolve("none.yml")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gateway.operators.viettelpost.locations-file");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "provinces: { \"01\": 1 }\nwards: { \"00004\": { ward: 0, district: 901 } }\n",
        "provinces: { \"01\": 1 }\nwards: { \"00004\": { ward: 9001 } }\n",
        "provinces: { \"01\": \"HN\" }\nwards: { \"00004\": { ward: 9001, district: 901 } }\n",
        "provinces: { \"01\": 1 }\nwards: {}\n"})
    void malformedEntriesStopTheStartNamingTheFile(String entries, @TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("viettelpost.yml");
        Files.writeString(file, "operator: viettelpost\nversion: \"t\"\n" + entries);

        assertThatThrownBy(() -> ViettelpostLocations.load(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toString());
    }

    @Test
    void anotherOperatorsTableIsRefused() {
        String yaml = "operator: vnpost\nprovinces: { \"01\": 1 }\nwards: { \"00004\": { ward: 1, district: 1 } }\n";
        assertThatThrownBy(() -> ViettelpostLocations.parse(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "x.yml"))
                .hasMessageContaining("operator: viettelpost");
    }
}
