package vn.resultpost.gateway.operator.vnposthcc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * The HCC channel's location codes: for each 2025 (province, ward) the old three-level province and
 * district codes the channel still speaks, from {@code config/operators/locations/vnpost-hcc.yml}.
 * Read-only after loading; a pair missing from the table has no mapping (never guessed).
 */
public final class VnpostHccLocations {

    private final String version;
    private final Map<String, Location> byWard;

    private VnpostHccLocations(String version, Map<String, Location> byWard) {
        this.version = version;
        this.byWard = Map.copyOf(byWard);
    }

    /** Loads the table; fails (naming the file) when it is missing or malformed. */
    public static VnpostHccLocations load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the VNPost HCC location table " + file.toAbsolutePath()
                    + " (gateway.operators.vnpost-hcc.locations-file)", e);
        }
    }

    /** Reads a table: {@code locations: {<2025 province>: {<2025 ward>: {province, district, old-district}}}}. */
    static VnpostHccLocations parse(InputStream in, String source) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
        if (root == null || !root.path("version").isValueNode() || !root.path("locations").isObject()) {
            throw new IllegalStateException(source + ": needs 'version' and a 'locations' map");
        }
        Map<String, Location> byWard = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> p = root.path("locations").fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> province = p.next();
            for (Iterator<Map.Entry<String, JsonNode>> w = province.getValue().fields(); w.hasNext(); ) {
                Map.Entry<String, JsonNode> ward = w.next();
                String oldProvince = ward.getValue().path("province").asText("");
                String oldDistrict = ward.getValue().path("district").asText("");
                if (oldProvince.isBlank() || oldDistrict.isBlank()) {
                    throw new IllegalStateException(source + " ward " + province.getKey() + "/" + ward.getKey()
                            + ": 'province' and 'district' are required");
                }
                byWard.put(key(province.getKey(), ward.getKey()), new Location(oldProvince, oldDistrict,
                        ward.getValue().path("old-district").asText(null)));
            }
        }
        return new VnpostHccLocations(root.path("version").asText(), byWard);
    }

    /** The channel's codes for a 2025 province and ward, if the table has them. */
    public Optional<Location> find(String provinceCode, String wardCode) {
        return provinceCode == null || wardCode == null ? Optional.empty()
                : Optional.ofNullable(byWard.get(key(provinceCode.strip(), wardCode.strip())));
    }

    public String version() {
        return version;
    }

    /** Every (province/ward) key in the table, for tests and health views. */
    public Map<String, Location> entries() {
        return byWard;
    }

    private static String key(String province, String ward) {
        return province + "/" + ward;
    }

    /**
     * The channel's codes for one 2025 ward.
     *
     * @param province    the old (pre-2025) province code VNPost's HCC channel expects
     * @param district    the old district code VNPost's HCC channel expects
     * @param oldDistrict the old district's name, as documentation (checked against the address registry)
     */
    public record Location(String province, String district, String oldDistrict) {
    }
}
