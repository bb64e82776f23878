package vn.resultpost.gateway.audit;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An in-memory {@link MessageLog} for tests that build adapters without Spring: keeps what was recorded. */
public final class RecordingMessageLog implements MessageLog {

    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    @Override
    public void record(Direction direction, String party, Correlation correlation, String body) {
        entries.add(new Entry(direction, party, correlation == null ? Correlation.NONE : correlation, body));
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** One recorded message. */
    public record Entry(Direction direction, String party, Correlation correlation, String body) {
    }
}
