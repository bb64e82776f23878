package vn.resultpost.gateway.address;

import static vn.resultpost.gateway.address.VietnameseText.PROVINCE_PREFIXES;
import static vn.resultpost.gateway.address.VietnameseText.WARD_PREFIXES;
import static vn.resultpost.gateway.address.VietnameseText.keys;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.canonical.Address;

/**
 * The 2025 administrative units (34 provinces, 3,321 wards) and the pre-2025 ward mapping, loaded once
 * into memory from {@code address/units-2025.tsv.gz}. Codes are matched exactly (short numeric codes are
 * zero-padded); names without diacritics, case or prefix words. Thread-safe (read-only).
 */
@Component
public class AdministrativeUnits {

    /** The bundled data file on the classpath. */
    public static final String DEFAULT_RESOURCE = "/address/units-2025.tsv.gz";

    private final Map<String, Province> provinces = new LinkedHashMap<>();
    private final Map<String, Ward> wards = new LinkedHashMap<>();
    private final Map<String, List<Ward>> wardsByProvince;
    private final NameIndex<Province> provinceNames;
    private final NameIndex<Ward> wardNames;
    private final List<LegacyWard> legacyWards;
    private final LegacyIndex legacy;
    private final int sourceMappingRows;

    /** Loads the bundled data (what Spring calls). */
    public AdministrativeUnits() {
        this(UnitsFile.readResource(DEFAULT_RESOURCE));
    }

    /** Loads a data file in the generated format (gzip-compressed TSV). */
    public static AdministrativeUnits load(InputStream gzippedTsv) {
        return new AdministrativeUnits(UnitsFile.read(gzippedTsv));
    }

    private AdministrativeUnits(UnitsFile.Data data) {
        data.provinces().forEach(p -> provinces.put(p.code(), p));
        data.wards().forEach(w -> wards.put(w.code(), w));
        wardsByProvince = data.wards().stream().collect(Collectors.groupingBy(Ward::provinceCode));
        provinceNames = new NameIndex<>(data.provinces(), p -> keys(p.name(), PROVINCE_PREFIXES));
        wardNames = new NameIndex<>(data.wards(), w -> wardKeys(w.provinceCode(), w.name()));
        legacyWards = data.legacyWards();
        legacy = new LegacyIndex(legacyWards, code -> wards.get(code));
        sourceMappingRows = data.sourceMappingRows();
    }

    public List<Province> provinces() {
        return List.copyOf(provinces.values());
    }

    public List<Ward> wards() {
        return List.copyOf(wards.values());
    }

    /** The wards of a province, empty for an unknown code. */
    public List<Ward> wardsOf(String provinceCode) {
        return wardsByProvince.getOrDefault(pad(provinceCode, 2), List.of());
    }

    public Optional<Province> province(String code) {
        return Optional.ofNullable(provinces.get(pad(code, 2)));
    }

    public Optional<Ward> ward(String code) {
        return Optional.ofNullable(wards.get(pad(code, 5)));
    }

    /** Whether the ward exists and lies in the province. */
    public boolean wardBelongsTo(String wardCode, String provinceCode) {
        return ward(wardCode).map(w -> w.provinceCode().equals(pad(provinceCode, 2))).orElse(false);
    }

    /** The province named so ("Thành phố Hà Nội", "ha noi", "TP Hồ Chí Minh"), if exactly one matches. */
    public Optional<Province> provinceByName(String name) {
        return unique(provinceNames.find(keys(name, PROVINCE_PREFIXES)));
    }

    /**
     * The ward of the province named so ("Phường Ba Đình", "phuong ba dinh", "Ba Đình"), if exactly one matches.
     * Written diacritics decide first: "Xã Tân Thạnh" finds it, "xa tan thanh" is ambiguous with Xã Tân Thành.
     */
    public Optional<Ward> wardByName(String provinceCode, String name) {
        return unique(wardNames.find(wardKeys(pad(provinceCode, 2), name)));
    }

    /**
     * Converts an old ward code (five digits, nationally unique, e.g. {@code 00022} Phường Đội Cấn) to its
     * 2025 ward. The source data has no old province or district codes: pass the old ward code alone.
     *
     * @param streetLine the street line of the address, used only to pick among the wards of a split
     */
    public LegacyResolution fromLegacyWardCode(String oldWardCode, String streetLine) {
        return legacy.byCode(pad(oldWardCode, 5), streetLine);
    }

    /** Converts an old address given by names (province, district, ward; diacritics and prefixes optional). */
    public LegacyResolution fromLegacyNames(String oldProvince, String oldDistrict, String oldWard, String streetLine) {
        return legacy.byNames(oldProvince, oldDistrict, oldWard, streetLine);
    }

    /** Every old ward in the mapping. */
    public List<LegacyWard> legacyWards() {
        return legacyWards;
    }

    /** The number of ward-mapping rows in the source package (before cleaning). */
    public int sourceMappingRows() {
        return sourceMappingRows;
    }

    /** A printable address: "street, ward, province" with the official names (codes kept when unknown). */
    public String describe(Address address) {
        List<String> parts = new ArrayList<>();
        if (address.streetLine() != null && !address.streetLine().isBlank()) {
            parts.add(address.streetLine().trim());
        }
        parts.add(ward(address.wardCode()).map(Ward::name).orElse(address.wardCode()));
        parts.add(province(address.provinceCode()).map(Province::name).orElse(address.provinceCode()));
        return parts.stream().filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(", "));
    }

    private static <T> Optional<T> unique(List<T> found) {
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static List<String> wardKeys(String provinceCode, String name) {
        return NameIndex.join(provinceCode, List.of(keys(name, WARD_PREFIXES)));
    }

    private static String pad(String code, int width) {
        if (code == null) {
            return "";
        }
        String trimmed = code.trim();
        return trimmed.matches("\\d{1," + width + "}") ? "0".repeat(width - trimmed.length()) + trimmed : trimmed;
    }
}
