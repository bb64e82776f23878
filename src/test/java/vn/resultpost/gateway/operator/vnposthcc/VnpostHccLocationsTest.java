package vn.resultpost.gateway.operator.vnposthcc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.resultpost.gateway.address.LegacyWard;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccLocations.Location;

/** The HCC location table: its format, its coverage of the demo and tests, and its agreement with the registry. */
class VnpostHccLocationsTest {

    private static final VnpostHccLocations TABLE = VnpostHccSamples.LOCATIONS;

    @Test
    void findsTheOldProvinceAndDistrictOfA2025Ward() {
        assertThat(TABLE.find("01", "00004")).contains(new Location("01", "001", "Quận Ba Đình"));
        assertThat(TABLE.find(" 01 ", "00166 ")).map(Location::district).contains("005");
    }

    @Test
    void aWardOfAnotherProvinceOrMissingCodesHaveNoLocation() {
        assertThat(TABLE.find("79", "00004")).isEmpty();
        assertThat(TABLE.find("01", "00091")).isEmpty();
        assertThat(TABLE.find(null, "00004")).isEmpty();
        assertThat(TABLE.find("01", null)).isEmpty();
    }

    /** Wards the demo and the tests use: agencies, simulator sample results, the sample submission. */
    @ParameterizedTest
    @ValueSource(strings = {"00004", "00008", "00025", "00070", "00166"})
    void coversTheWardsOfTheDemoAndTheTests(String ward) {
        assertThat(TABLE.find("01", ward)).isPresent();
    }

    @Test
    void coversEveryWardOfTheAgenciesTheSimulatorAndTheSampleSubmission() throws IOException {
        Set<String> used = codes(Files.readString(Path.of("config/application.yml")), "ward-code: \"(\\d{5})\"");
        used.addAll(codes(Files.readString(Path.of(
                "src/main/java/vn/resultpost/gateway/simulator/SampleResults.java")), "\"(\\d{5})\", \"(?:phố|đường)"));
        used.addAll(codes(Files.readString(Path.of("src/test/resources/fixtures/result-submission.json")),
                "\"wardCode\": \"(\\d{5})\""));

        assertThat(used).hasSizeGreaterThanOrEqualTo(5);
        assertThat(used).allSatisfy(w -> assertThat(TABLE.find("01", w)).as("ward " + w).isPresent());
    }

    @Test
    void everyEntryIsA2025WardOfItsProvinceAndItsOldDistrictAgreesWithTheRegistry() {
        assertThat(TABLE.entries()).isNotEmpty().allSatisfy((key, location) -> {
            String province = key.substring(0, key.indexOf('/'));
            String ward = key.substring(key.indexOf('/') + 1);
            assertThat(VnpostHccSamples.UNITS.wardBelongsTo(ward, province)).as(key).isTrue();
            List<String> oldDistricts = VnpostHccSamples.UNITS.legacyWards().stream()
                    .filter(old -> old.newWardCodes().contains(ward)).map(LegacyWard::districtName).distinct().toList();
            assertThat(oldDistricts).as("old districts that went into " + key).contains(location.oldDistrict());
        });
    }

    @Test
    void aWardWithoutDistrictFailsNamingIt() {
        String yaml = "operator: vnpost-hcc\nversion: \"1\"\nlocations:\n  \"01\":\n    \"00004\": { province: \"01\" }\n";

        assertThatThrownBy(() -> parse(yaml)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("test.yml").hasMessageContaining("01/00004").hasMessageContaining("district");
    }

    @Test
    void aTableWithoutLocationsFails() {
        assertThatThrownBy(() -> parse("operator: vnpost-hcc\nversion: \"1\"\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("locations");
    }

    @Test
    void aMissingFileFailsNamingTheProperty() {
        assertThatThrownBy(() -> VnpostHccLocations.load(Path.of("config/operators/locations/none.yml")))
                .hasMessageContaining("gateway.operators.vnpost-hcc.locations-file");
    }

    private static VnpostHccLocations parse(String yaml) throws IOException {
        return VnpostHccLocations.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yml");
    }

    private static Set<String> codes(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.results().map(r -> r.group(1)).collect(Collectors.toCollection(HashSet::new));
    }
}
