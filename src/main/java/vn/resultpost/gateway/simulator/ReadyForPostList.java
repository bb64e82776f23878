package vn.resultpost.gateway.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** SIMULATOR: the list of results ready for post, read in pages by cursor (a position, from 1), each serving counted. */
final class ReadyForPostList {

    private final RetainedList<Object> results;
    private final RetainedRecords<String, Integer> served;

    /** @param retained the results held, and the items whose servings are counted (0: all) */
    ReadyForPostList(int retained) {
        this.results = new RetainedList<>(retained);
        this.served = new RetainedRecords<>(retained);
    }

    /** Lists a result; returns its cursor. */
    synchronized String add(Object result) {
        return cursor(results.add(result));
    }

    /**
     * Up to {@code limit} items after cursor {@code from}, oldest first (from the oldest held when {@code from} is
     * before it): {@code {items: [{cursor, result}], nextCursor, hasMore}}.
     */
    synchronized Map<String, Object> page(int from, int limit) {
        List<Map<String, Object>> items = new ArrayList<>();
        int total = results.end();
        int first = Math.max(from, results.start());
        int to = Math.min(total, first + limit);
        for (int i = first; i < to; i++) {
            String cursor = cursor(i + 1);
            items.add(Map.of("cursor", cursor, "result", results.get(i)));
            served.merge(cursor, 1, Integer::sum);
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("items", items);
        page.put("nextCursor", cursor(Math.max(from, to)));
        page.put("hasMore", to < total);
        return page;
    }

    /** How many times each item (by cursor) was served. */
    Map<String, Integer> served() {
        return served.copy();
    }

    private static String cursor(int position) {
        return String.valueOf(position);
    }
}
