package vn.resultpost.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.resultpost.gateway.store.MessageLogRepository.StoredMessage;

/** The message log's rows: a value per column in the columns' order, a time range's where clause and parameters. */
class MessageLogRowsTest {

    private static final Instant FROM = Instant.parse("2026-11-28T02:10:00.123456789Z");
    private static final Instant TO = Instant.parse("2026-11-29T00:00:00Z");

    @Test
    void aRecordHasOneValuePerColumnInTheColumnsOrder() {
        StoredMessage m = new StoredMessage(7, FROM, "IN", "dossier-system", "000.00.12.H26", "D-1", "EB1VN",
                "PLAIN", "{}", "bh", "ph", "rh");

        assertThat(MessageLogRows.values(m)).hasSameSizeAs(MessageLogRows.COLUMNS.split(","))
                .containsExactly(7L, Timestamp.from(Instant.parse("2026-11-28T02:10:00.123456Z")), "IN",
                        "dossier-system", "000.00.12.H26", "D-1", "EB1VN", "PLAIN", "{}", "bh", "ph", "rh");
    }

    @Test
    void anOpenRangeHasNoWhereClause() {
        List<Object> params = new ArrayList<>();

        assertThat(MessageLogRows.range(null, null, params)).isEmpty();
        assertThat(params).isEmpty();
    }

    @Test
    void eachBoundAddsItsConditionAndParameter() {
        List<Object> params = new ArrayList<>();
        assertThat(MessageLogRows.range(null, TO, params)).isEqualTo(" where recorded_at < ?");
        assertThat(params).containsExactly(Timestamp.from(TO));

        params.clear();
        assertThat(MessageLogRows.range(FROM, TO, params)).isEqualTo(" where recorded_at >= ? and recorded_at < ?");
        assertThat(params).containsExactly(Timestamp.from(Instant.parse("2026-11-28T02:10:00.123456Z")),
                Timestamp.from(TO));
    }
}
