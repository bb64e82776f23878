package vn.resultpost.gateway.channel.polling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.resultpost.gateway.Fixtures;

/** The polling channel's page translator: items with their results, cursors, and pages that cannot be read. */
class ReadyPageReaderTest {

    private final ReadyPageReader reader = new ReadyPageReader(strict(), 1_000_000);

    /** A mapper with the gateway's limits on one document (nesting 16, strings of 20,000, numbers of 30). */
    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16)
                .maxStringLength(20_000).maxNumberLength(30).build());
        return mapper;
    }

    @Test
    void itemsCarryTheResultJsonAsIntakeReadsItAndTheCursorAfterThePage() throws Exception {
        String result = Fixtures.result("000.00.12.H26-261203-R001");
        ReadyPage page = reader.read("{\"items\": [{\"cursor\": \"41\", \"result\": " + result + "},"
                + "{\"cursor\": 42, \"result\": null}], \"nextCursor\": \"42\", \"hasMore\": true}");

        assertThat(page.items()).hasSize(2);
        ReadyPage.Item first = page.items().get(0);
        assertThat(first.cursor()).isEqualTo("41");
        assertThat(first.problem()).isNull();
        assertThat(new ObjectMapper().readTree(first.json())).isEqualTo(new ObjectMapper().readTree(result));
        assertThat(first.agencyCode()).isEqualTo("000.00.12.H26");
        assertThat(first.dossierCode()).isEqualTo("000.00.12.H26-261203-R001");
        assertThat(first.party()).isEqualTo("dossier-system:000.00.12.H26");
        ReadyPage.Item second = page.items().get(1);
        assertThat(second.cursor()).as("a number is a cursor too").isEqualTo("42");
        assertThat(second.json()).isNull();
        assertThat(second.problem().code()).isEqualTo("invalid-result");
        assertThat(second.problem().errors().get(0).field()).isEqualTo("result");
        assertThat(page.hasMore()).isTrue();
        assertThat(page.cursorAfter("40")).isEqualTo("42");
    }

    @Test
    void withoutNextCursorTheLastItemsCursorIsKeptAndAnEmptyPageKeepsTheCurrentOne() {
        assertThat(reader.read("{\"items\": [{\"cursor\": \"a\", \"result\": {}}, {\"cursor\": \"b\", \"result\": \"x\"}]}")
                .cursorAfter("0")).isEqualTo("b");
        ReadyPage empty = reader.read("{\"items\": []}");
        assertThat(empty.cursorAfter("7")).isEqualTo("7");
        assertThat(empty.cursorAfter(null)).isNull();
        assertThat(empty.hasMore()).isFalse();
    }

    @Test
    void aPageThatCannotBePlacedInTheListIsUnreadableAsAWholeSayingWhy() {
        assertThatThrownBy(() -> reader.read("{\"items\": [{\"cursor\": ")).isInstanceOf(UnreadablePageException.class)
                .hasMessageContaining("not JSON");
        assertThatThrownBy(() -> reader.read("")).hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> reader.read("[]")).hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> reader.read("{\"results\": []}")).hasMessageContaining("no 'items' array");
        assertThatThrownBy(() -> reader.read("{\"items\": [{\"result\": {}}]}"))
                .hasMessageContaining("items[0].cursor is missing");
        assertThatThrownBy(() -> reader.read("{\"items\": [{\"cursor\": \"1\", \"result\": {}}, 5]}"))
                .hasMessageContaining("items[1] is not an object");
        assertThatThrownBy(() -> reader.read("{\"items\": [{\"cursor\": \"\", \"result\": {}}]}"))
                .hasMessageContaining("1 to 200 characters");
        assertThatThrownBy(() -> reader.read("{\"items\": [], \"hasMore\": \"yes\"}"))
                .hasMessageContaining("hasMore");
    }

    @Test
    void aResultBeyondTheLimitsOfOneDocumentIsAnItemForIntakeToRefuseNotABrokenPage() throws Exception {
        String deep = "{\"agencyCode\": \"000.00.12.H26\", \"x\": " + "[".repeat(16) + "]".repeat(16) + "}";
        String longName = "{\"agencyCode\": \"000.00.12.H26\", \"applicant\": {\"fullName\": \"" + "a".repeat(30_000) + "\"}}";
        ReadyPage page = reader.read("{\"items\": [{\"cursor\": \"1\", \"result\": " + deep + "},"
                + "{\"cursor\": \"2\", \"result\": " + longName + "}]}");

        assertThat(page.items()).extracting(ReadyPage.Item::cursor).containsExactly("1", "2");
        assertThatThrownBy(() -> strict().readTree(page.items().get(0).json())).as("intake's own limit")
                .hasMessageContaining("nesting depth");
        assertThatThrownBy(() -> strict().readTree(page.items().get(1).json())).hasMessageContaining("String value length");
    }

    @Test
    void theQueryCarriesTheCursorEncodedAndThePageSize() {
        assertThat(ReadyListClient.uri("http://h/list?x=1", null, 50).toString()).isEqualTo("http://h/list?x=1&limit=50");
        assertThat(ReadyListClient.uri("http://h/list", "2026-12-03T08:00:00+07:00#5", 10).toString())
                .isEqualTo("http://h/list?after=2026-12-03T08%3A00%3A00%2B07%3A00%235&limit=10");
    }
}
