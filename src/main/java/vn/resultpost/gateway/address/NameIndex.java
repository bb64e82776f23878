package vn.resultpost.gateway.address;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds units by name keys ({@link VietnameseText#keys}), strictest key first: the first key with any match
 * answers, so an exact spelling decides where the folded spelling would be ambiguous. Read-only once built.
 */
final class NameIndex<T> {

    private final List<Map<String, List<T>>> tiers = new ArrayList<>();

    NameIndex(Collection<T> items, Function<T, List<String>> keysOf) {
        Map<String, String> shared = new HashMap<>(); // one String for equal keys of different tiers
        for (T item : items) {
            List<String> keys = keysOf.apply(item);
            while (tiers.size() < keys.size()) {
                tiers.add(new HashMap<>());
            }
            for (int i = 0; i < keys.size(); i++) {
                List<T> bucket = tiers.get(i).computeIfAbsent(shared.computeIfAbsent(keys.get(i), k -> k),
                        k -> new ArrayList<>(1));
                if (!bucket.contains(item)) {
                    bucket.add(item);
                }
            }
        }
        // Most keys name one unit: an immutable list of one is a third of an ArrayList's footprint (the index of
        // the old wards held ~15 MiB of the heap before, docs/benchmarks.md "The live heap under load by owner").
        tiers.forEach(tier -> tier.replaceAll((key, bucket) -> List.copyOf(bucket)));
    }

    /** The items of the strictest key that matches anything; empty when none does. */
    List<T> find(List<String> keys) {
        for (int i = 0; i < Math.min(keys.size(), tiers.size()); i++) {
            List<T> found = tiers.get(i).get(keys.get(i));
            if (found != null) {
                return found;
            }
        }
        return List.of();
    }

    /** Joins the keys of several names position by position ("province|district|ward" per tier). */
    static List<String> join(String prefix, List<List<String>> keysOfEach) {
        List<String> joined = new ArrayList<>();
        for (int i = 0; i < keysOfEach.get(0).size(); i++) {
            StringBuilder key = new StringBuilder(prefix);
            for (List<String> keys : keysOfEach) {
                key.append('|').append(keys.get(i));
            }
            joined.add(key.toString());
        }
        return joined;
    }
}
