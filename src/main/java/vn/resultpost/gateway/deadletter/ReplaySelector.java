package vn.resultpost.gateway.deadletter;

import java.util.List;
import java.util.stream.Collectors;
import vn.resultpost.gateway.support.InvalidMessageException;

/** Pure: the JMS message selector of a replay, the given message ids (all when none) sent no later than it began. */
final class ReplaySelector {

    private ReplaySelector() {
    }

    /** Selects the messages {@code ids} (every one when empty) with a {@code JMSTimestamp} up to {@code sentBy}. */
    static String of(List<String> ids, long sentBy) {
        String parkedBefore = "JMSTimestamp <= " + sentBy;
        return ids.isEmpty() ? parkedBefore : ids.stream().map(ReplaySelector::quoted)
                .collect(Collectors.joining(",", "JMSMessageID IN (", ") AND " + parkedBefore));
    }

    private static String quoted(String id) {
        if (!id.matches("[A-Za-z0-9:._-]{1,100}")) {
            throw new InvalidMessageException("Not a message id: " + id);
        }
        return "'" + id + "'";
    }
}
