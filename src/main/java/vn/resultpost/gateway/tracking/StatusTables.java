package vn.resultpost.gateway.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.canonical.ShipmentStatus;

/** Loads every operator's status table from {@code config/operators/*.yml} once at start-up. */
@Component
public class StatusTables {

    static final String INFORMATIONAL = "INFORMATIONAL";

    private final Map<String, StatusTable> tables = new HashMap<>();

    public StatusTables(@Value("${gateway.status-tables-dir:config/operators}") Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("Status table folder " + dir.toAbsolutePath() + " does not exist");
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    StatusTable table = parse(in, file.toString());
                    tables.put(table.operator(), table);
                }
            }
        }
    }

    public Optional<StatusTable> find(String operator) {
        return Optional.ofNullable(tables.get(operator));
    }

    /** Reads one table; fails at start-up, naming the file and code, on anything it cannot understand. */
    static StatusTable parse(InputStream in, String source) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
        String operator = text(root, "operator", source);
        String version = text(root, "version", source);
        JsonNode codes = root.path("statuses");
        if (!codes.isObject() || codes.isEmpty()) {
            throw new IllegalStateException(source + ": 'statuses' must map operator codes to statuses");
        }
        Map<String, StatusTable.Entry> entries = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = codes.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String status = text(e.getValue(), "status", source + " code " + e.getKey());
            Optional<ShipmentStatus> mapped;
            try {
                mapped = INFORMATIONAL.equals(status) ? Optional.empty() : Optional.of(ShipmentStatus.valueOf(status));
            } catch (IllegalArgumentException ex) {
                throw new IllegalStateException(source + " code " + e.getKey() + ": unknown status " + status);
            }
            entries.put(e.getKey(), new StatusTable.Entry(mapped, e.getValue().path("text").asText(status)));
        }
        return new StatusTable(operator, version, entries);
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.asText().isBlank()) {
            throw new IllegalStateException(where + ": '" + field + "' is required");
        }
        return value.asText();
    }
}
