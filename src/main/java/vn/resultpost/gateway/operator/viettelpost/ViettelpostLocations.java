package vn.resultpost.gateway.operator.viettelpost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Viettel Post's own numeric location ids for the official 2025 province and ward codes, read once from
 * {@code config/operators/locations/viettelpost.yml} (format at the top of that file). Read-only.
 */
public final class ViettelpostLocations {

    private final String version;
    private final Map<String, Integer> provinces;
    private final Map<String, WardIds> wards;

    ViettelpostLocations(String version, Map<String, Integer> provinces, Map<String, WardIds> wards) {
        this.version = version;
        this.provinces = Map.copyOf(provinces);
        this.wards = Map.copyOf(wards);
    }

    /** Reads the table; fails naming the file and the entry it cannot understand. */
    public static ViettelpostLocations load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Viettel Post location table " + file.toAbsolutePath()
                    + " does not exist (gateway.operators.viettelpost.locations-file)");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    static ViettelpostLocations parse(InputStream in, String source) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
        if (root == null || !"viettelpost".equals(root.path("operator").asText())) {
            throw new IllegalStateException(source + ": 'operator: viettelpost' is required");
        }
        Map<String, Integer> provinces = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("provinces").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            provinces.put(pad(e.getKey(), 2), id(e.getValue(), source + " province " + e.getKey()));
        }
        Map<String, WardIds> wards = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("wards").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String where = source + " ward " + e.getKey();
            wards.put(pad(e.getKey(), 5), new WardIds(id(e.getValue().get("ward"), where + " 'ward'"),
                    id(e.getValue().get("district"), where + " 'district'")));
        }
        if (provinces.isEmpty() || wards.isEmpty()) {
            throw new IllegalStateException(source + ": 'provinces' and 'wards' must each map codes to Viettel ids");
        }
        return new ViettelpostLocations(root.path("version").asText(""), provinces, wards);
    }

    /** The table's version, as its file states it. */
    public String version() {
        return version;
    }

    /** Viettel's PROVINCE_ID for an official province code. */
    public Optional<Integer> province(String provinceCode) {
        return Optional.ofNullable(provinceCode).map(c -> provinces.get(pad(c, 2)));
    }

    /** Viettel's WARDS_ID and DISTRICT_ID for an official 2025 ward code. */
    public Optional<WardIds> ward(String wardCode) {
        return Optional.ofNullable(wardCode).map(c -> wards.get(pad(c, 5)));
    }

    private static int id(JsonNode value, String where) {
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() <= 0) {
            throw new IllegalStateException(where + ": a positive Viettel Post id is required (got " + value + ")");
        }
        return value.asInt();
    }

    private static String pad(String code, int width) {
        String c = code.strip();
        return c.matches("\\d+") && c.length() < width ? "0".repeat(width - c.length()) + c : c;
    }

    /** Viettel's ids of one ward: its own and the (pre-2025) district Viettel files it under. */
    public record WardIds(int wardId, int districtId) {
    }
}
