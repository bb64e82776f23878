package vn.resultpost.gateway.simulator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/** SIMULATOR: per-shipment records, thread-safe, at most {@code limit} keys (0: all), oldest added dropped first. */
final class RetainedRecords<K, V> {

    private final Map<K, V> map;

    RetainedRecords(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("a record limit must be >= 0 (0: keep all), was " + limit);
        }
        this.map = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return limit > 0 && size() > limit;
            }
        };
    }

    synchronized V get(K key) {
        return map.get(key);
    }

    synchronized V getOrDefault(K key, V fallback) {
        return map.getOrDefault(key, fallback);
    }

    synchronized boolean containsKey(K key) {
        return map.containsKey(key);
    }

    /** Adds or replaces (a replaced key keeps its place in the eviction order). */
    synchronized void put(K key, V value) {
        map.put(key, value);
    }

    /** The value held for {@code key}, or null after adding {@code value}. */
    synchronized V putIfAbsent(K key, V value) {
        return map.putIfAbsent(key, value);
    }

    /** The value held for {@code key}, or the one {@code create} makes, added (under the lock). */
    synchronized V computeIfAbsent(K key, Function<? super K, ? extends V> create) {
        return map.computeIfAbsent(key, create);
    }

    synchronized void merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remap) {
        map.merge(key, value, remap);
    }

    synchronized int size() {
        return map.size();
    }

    /** A copy of the values held, oldest first. */
    synchronized List<V> values() {
        return List.copyOf(map.values());
    }

    /** An unmodifiable copy of the records held, oldest first. */
    synchronized Map<K, V> copy() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
