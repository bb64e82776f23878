package vn.resultpost.gateway.address;

import static vn.resultpost.gateway.address.VietnameseText.DISTRICT_PREFIXES;
import static vn.resultpost.gateway.address.VietnameseText.PROVINCE_PREFIXES;
import static vn.resultpost.gateway.address.VietnameseText.WARD_PREFIXES;
import static vn.resultpost.gateway.address.VietnameseText.containsPhrase;
import static vn.resultpost.gateway.address.VietnameseText.fold;
import static vn.resultpost.gateway.address.VietnameseText.keys;
import static vn.resultpost.gateway.address.VietnameseText.stripPrefix;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Old-to-new ward lookups by old ward code or old names, never guessing a split ward. */
final class LegacyIndex {

    private final Map<String, LegacyWard> byCode = new HashMap<>();
    private final NameIndex<LegacyWard> byName;
    private final Function<String, Ward> wards;

    LegacyIndex(List<LegacyWard> legacyWards, Function<String, Ward> wards) {
        this.wards = wards;
        for (LegacyWard old : legacyWards) {
            if (old.code() != null) {
                byCode.put(old.code(), old);
            }
        }
        byName = new NameIndex<>(legacyWards, old -> nameKeys(old.provinceName(), old.districtName(), old.wardName()));
    }

    LegacyResolution byCode(String oldWardCode, String streetLine) {
        LegacyWard old = byCode.get(oldWardCode);
        if (old == null) {
            return new LegacyResolution.Unknown("old ward code " + oldWardCode + " is not in the mapping data");
        }
        return resolve(List.of(old), streetLine);
    }

    LegacyResolution byNames(String province, String district, String ward, String streetLine) {
        List<LegacyWard> matches = byName.find(nameKeys(province, district, ward));
        if (matches.isEmpty()) {
            return new LegacyResolution.Unknown("old ward '" + ward + "', '" + district + "', '" + province
                    + "' is not in the mapping data");
        }
        return resolve(matches, streetLine);
    }

    /** One candidate resolves; several resolve only when the street line names exactly one of them. */
    private LegacyResolution resolve(List<LegacyWard> matches, String streetLine) {
        Set<String> codes = new LinkedHashSet<>();
        matches.forEach(m -> codes.addAll(m.newWardCodes()));
        List<Ward> candidates = codes.stream().map(wards).toList();
        if (candidates.size() == 1) {
            return new LegacyResolution.Resolved(candidates.get(0), false);
        }
        List<Ward> named = namedIn(candidates, fold(streetLine), matches);
        return named.size() == 1
                ? new LegacyResolution.Resolved(named.get(0), true)
                : new LegacyResolution.Split(candidates);
    }

    /**
     * Candidates the street line names, dropping one whose name is part of another named one. A candidate
     * named like the old ward itself never decides (an old address names its old ward); one named like the
     * old district or province, or with a number for a name, counts only with its prefix word ("phường").
     */
    private static List<Ward> namedIn(List<Ward> candidates, String street, List<LegacyWard> olds) {
        Set<String> oldWard = new HashSet<>();
        Set<String> oldArea = new HashSet<>();
        for (LegacyWard old : olds) {
            oldWard.add(stripPrefix(fold(old.wardName()), WARD_PREFIXES));
            oldArea.add(stripPrefix(fold(old.districtName()), DISTRICT_PREFIXES));
            oldArea.add(stripPrefix(fold(old.provinceName()), PROVINCE_PREFIXES));
        }
        Map<Ward, String> phrase = new LinkedHashMap<>();
        for (Ward ward : candidates) {
            String full = fold(ward.name());
            String bare = stripPrefix(full, WARD_PREFIXES);
            if (!oldWard.contains(bare)) {
                phrase.put(ward, bare.matches("[0-9 ]+") || oldArea.contains(bare) ? full : bare);
            }
        }
        List<Ward> named = phrase.keySet().stream().filter(w -> containsPhrase(street, phrase.get(w))).toList();
        return named.stream()
                .filter(w -> named.stream().noneMatch(o -> !phrase.get(o).equals(phrase.get(w))
                        && containsPhrase(phrase.get(o), phrase.get(w))))
                .toList();
    }

    private static List<String> nameKeys(String province, String district, String ward) {
        return NameIndex.join("", List.of(keys(province, PROVINCE_PREFIXES), keys(district, DISTRICT_PREFIXES),
                keys(ward, WARD_PREFIXES)));
    }
}
