package vn.resultpost.gateway.channel.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.apache.camel.Body;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.deadletter.DeadLetterQueues;
import vn.resultpost.gateway.support.InvalidMessageException;

/** Admin REST adapter for the dead-letter queues: list parked messages, replay one, several or all. */
@Component("deadLetterApi")
public class DeadLetterApi {

    /** Parked messages listed when the request names no {@code limit}, and the most it may name. */
    static final int DEFAULT_LIMIT = 500;
    static final int MAX_LIMIT = 5000;

    private final DeadLetterQueues deadLetters;
    private final ObjectMapper json;

    public DeadLetterApi(DeadLetterQueues deadLetters, ObjectMapper json) {
        this.deadLetters = deadLetters;
        this.json = json;
    }

    /** {@code count}: parked in all; {@code listed}: in this reply, the oldest first, at most {@code limit}. */
    public ApiReply list(@Header("queue") String queue, @Header("limit") String limit) {
        DeadLetterQueues.Parked parked = deadLetters.list(queue == null || queue.isBlank() ? null : queue, limit(limit));
        return ApiReply.json(200, Map.of("count", parked.total(), "listed", parked.shown().size(),
                "deadLetters", parked.shown()));
    }

    private static int limit(String limit) {
        int n = QueryNumbers.number(limit, DEFAULT_LIMIT);
        if (n < 1 || n > MAX_LIMIT) {
            throw new InvalidMessageException("'limit' must be from 1 to " + MAX_LIMIT + ", was " + n);
        }
        return n;
    }

    public ApiReply replay(@Body String body) {
        ReplayRequest request = read(body);
        int replayed = deadLetters.replay(request.queue(), request.messageIds() == null ? List.of()
                : request.messageIds());
        return ApiReply.json(200, Map.of("queue", request.queue(), "replayed", replayed));
    }

    private ReplayRequest read(String body) {
        try {
            ReplayRequest r = json.readValue(body, ReplayRequest.class);
            if (r == null || r.queue() == null || r.queue().isBlank()) {
                throw new InvalidMessageException("'queue' is required, e.g. {\"queue\":\"gateway.orders\"}");
            }
            if (r.messageIds() == null && !Boolean.TRUE.equals(r.all())) {
                throw new InvalidMessageException("Give 'messageIds' or \"all\": true");
            }
            return r;
        } catch (JsonProcessingException e) {
            throw new InvalidMessageException("Malformed JSON: " + e.getOriginalMessage());
        }
    }

    /** Replay request: a stage queue and the ids to replay, or {@code all: true}. */
    record ReplayRequest(String queue, List<String> messageIds, Boolean all) {
    }
}
