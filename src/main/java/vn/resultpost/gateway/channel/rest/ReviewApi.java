package vn.resultpost.gateway.channel.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.apache.camel.Body;
import org.apache.camel.Header;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.intake.SplitWardResolution;
import vn.resultpost.gateway.review.ReviewItem;
import vn.resultpost.gateway.review.ReviewKind;
import vn.resultpost.gateway.review.ReviewQueue;
import vn.resultpost.gateway.support.InvalidMessageException;

/** Admin REST adapter for the review queue: list items, resolve one with a recorded reason. */
@Component("reviewApi")
public class ReviewApi {

    private final ReviewQueue reviews;
    private final SplitWardResolution splitWards;
    private final ObjectMapper json;

    public ReviewApi(ReviewQueue reviews, SplitWardResolution splitWards, ObjectMapper json) {
        this.reviews = reviews;
        this.splitWards = splitWards;
        this.json = json;
    }

    /** GET /api/v1/admin/reviews[?state=open|all][&limit=n]: newest first. */
    public ApiReply list(@Header("state") String state, @Header("limit") String limit) {
        boolean openOnly = state == null || state.isBlank() || state.equals("open");
        if (!openOnly && !state.equals("all")) {
            throw new InvalidMessageException("state is 'open' (the default) or 'all'");
        }
        List<ReviewItem> items = reviews.list(openOnly, QueryNumbers.number(limit, 200));
        return ApiReply.json(200, Map.of("count", items.size(), "items", items));
    }

    /**
     * POST /api/v1/admin/reviews/{id}/resolve {"resolution": "...", "wardCode": "..."}: who resolved it is the
     * caller; a split ward needs the chosen {@code wardCode}, and its order is then created.
     */
    public ApiReply resolve(@Header("id") String id, @Body String body) {
        JsonNode node;
        try {
            node = body == null || body.isBlank() ? null : json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidMessageException("Malformed JSON: " + e.getOriginalMessage());
        }
        String resolution = node == null ? null : node.path("resolution").textValue();
        String wardCode = node == null ? null : node.path("wardCode").textValue();
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        String by = who == null ? "unknown" : who.getName();
        ReviewItem item = reviews.get(QueryNumbers.number(id, -1));
        if (item.kind() == ReviewKind.SPLIT_WARD && item.open()) {
            if (wardCode == null || resolution == null || resolution.isBlank()) {
                throw new InvalidMessageException("A split ward is resolved with a reason and the chosen wardCode");
            }
            return ApiReply.json(200, splitWards.resolve(item, by, resolution, wardCode));
        }
        return ApiReply.json(200, reviews.resolve(item.id(), by, resolution));
    }
}
