package vn.resultpost.gateway.address;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPInputStream;

/** Reads the generated {@code units-2025.tsv.gz} (format in docs/address-data.md). */
final class UnitsFile {

    /** The parsed file: provinces, wards, legacy wards and the source's row count. */
    record Data(List<Province> provinces, List<Ward> wards, List<LegacyWard> legacyWards, int sourceMappingRows) {
    }

    private UnitsFile() {
    }

    static Data readResource(String resource) {
        InputStream in = UnitsFile.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Address data not on the classpath: " + resource);
        }
        return read(in);
    }

    static Data read(InputStream gzipped) {
        List<Province> provinces = new ArrayList<>();
        List<Ward> wards = new ArrayList<>();
        List<LegacyWard> legacy = new ArrayList<>();
        // The old wards repeat their province and district names and the new ward codes: one String for each.
        Map<String, String> shared = new HashMap<>();
        UnaryOperator<String> one = text -> shared.computeIfAbsent(text, t -> t);
        int sourceRows = -1;
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("# source ")) {
                    sourceRows = Integer.parseInt(line.replaceAll(".*ward_mappings=(\\d+).*", "$1"));
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                switch (f[0]) {
                    case "P" -> provinces.add(new Province(f[1], f[2], f[3], f[4]));
                    case "W" -> wards.add(new Ward(one.apply(f[1]), f[3], one.apply(f[2])));
                    case "L" -> legacy.add(new LegacyWard(f[1].isEmpty() ? null : f[1], one.apply(f[2]),
                            one.apply(f[3]), f[4], Arrays.stream(f[5].split(",")).map(one).toList()));
                    default -> throw new IllegalStateException("Unknown record type in address data: " + f[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the address data", e);
        }
        return new Data(List.copyOf(provinces), List.copyOf(wards), List.copyOf(legacy), sourceRows);
    }
}
