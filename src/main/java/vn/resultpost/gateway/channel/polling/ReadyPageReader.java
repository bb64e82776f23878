package vn.resultpost.gateway.channel.polling;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.resultpost.gateway.canonical.Violation;
import vn.resultpost.gateway.intake.IntakeProblem;

/**
 * Message Translator of the polling channel: a page of the list ({@code {items: [{cursor, result}], nextCursor,
 * hasMore}}) to its items, each with the result's JSON as intake reads it. A page that cannot be placed in the
 * list (not JSON, no items array, an item without a cursor) is unreadable as a whole; an item whose result is
 * missing is an item intake refuses (reported back), and the list moves past it.
 */
public final class ReadyPageReader {

    static final int CURSOR_MAX = 200;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** Levels a page adds above a result: the page, its items array, the item. */
    static final int PAGE_LEVELS = 3;

    private final ObjectMapper json;

    /**
     * A reader with {@code json}'s limits widened to a whole page: a result beyond them (up to twice too deep, a
     * string too long) is then an item intake refuses with its own clear error, not a page that blocks the list.
     */
    public ReadyPageReader(ObjectMapper json, long maxPageBytes) {
        StreamReadConstraints item = json.getFactory().streamReadConstraints();
        int longest = (int) Math.min(Integer.MAX_VALUE, Math.max(maxPageBytes, item.getMaxStringLength()));
        this.json = json.copy();
        this.json.getFactory().setStreamReadConstraints(item.rebuild()
                .maxNestingDepth(2 * item.getMaxNestingDepth() + PAGE_LEVELS)
                .maxStringLength(longest).maxNumberLength(longest).build());
    }

    /** Reads a page; throws {@link UnreadablePageException} saying what is wrong with it. */
    public ReadyPage read(String body) {
        JsonNode page;
        try {
            page = body == null || body.isBlank() ? null : json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new UnreadablePageException("the page is not JSON: " + e.getOriginalMessage());
        }
        if (page == null || !page.isObject()) {
            throw new UnreadablePageException("the page is not a JSON object");
        }
        JsonNode items = page.get("items");
        if (items == null || !items.isArray()) {
            throw new UnreadablePageException("the page has no 'items' array");
        }
        List<ReadyPage.Item> read = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            read.add(item(items.get(i), i));
        }
        JsonNode hasMore = page.get("hasMore");
        if (hasMore != null && !hasMore.isNull() && !hasMore.isBoolean()) {
            throw new UnreadablePageException("'hasMore' is not true or false");
        }
        String next = page.hasNonNull("nextCursor") ? cursor(page.get("nextCursor"), "nextCursor") : null;
        return new ReadyPage(read, next, hasMore != null && hasMore.asBoolean(false));
    }

    private ReadyPage.Item item(JsonNode item, int index) {
        if (item == null || !item.isObject()) {
            throw new UnreadablePageException("items[" + index + "] is not an object");
        }
        String cursor = cursor(item.get("cursor"), "items[" + index + "].cursor");
        JsonNode result = item.get("result");
        String audit = write(item);
        if (result == null || !result.isObject()) {
            IntakeProblem problem = IntakeProblem.invalid(List.of(new Violation("result",
                    result == null || result.isNull() ? "the item has no result" : "the item's result is not a JSON object")));
            return new ReadyPage.Item(cursor, null, problem, null, null, audit);
        }
        return new ReadyPage.Item(cursor, write(result), null, code(result.get("agencyCode")),
                code(result.get("dossierCode")), audit);
    }

    private static String cursor(JsonNode value, String name) {
        if (value == null || !(value.isTextual() || value.isIntegralNumber())) {
            throw new UnreadablePageException(name + " is missing or not a string");
        }
        String cursor = value.asText().strip();
        if (cursor.isEmpty() || cursor.length() > CURSOR_MAX) {
            throw new UnreadablePageException(name + " must have 1 to " + CURSOR_MAX + " characters");
        }
        return cursor;
    }

    /** A code as the result gives it, when it looks like one (letters, digits, dots, dashes, underscores). */
    private static String code(JsonNode value) {
        if (value == null || !value.isTextual()) {
            return null;
        }
        String v = value.textValue().strip();
        return CODE.matcher(v).matches() ? v : null;
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a JSON node", e);
        }
    }
}
