package vn.resultpost.gateway.review;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.resultpost.gateway.canonical.Shipment;
import vn.resultpost.gateway.store.ReviewRepository;
import vn.resultpost.gateway.support.InvalidMessageException;
import vn.resultpost.gateway.support.NotFoundException;

/**
 * The review queue: what the gateway holds for a person instead of guessing (unknown operator codes,
 * events for unknown waybills, operator rejections...), each resolved with a recorded reason.
 */
@Service("reviewQueue")
public class ReviewQueue {

    private final ReviewRepository items;
    private final Clock clock;

    public ReviewQueue(ReviewRepository items, Clock clock) {
        this.items = items;
        this.clock = clock;
    }

    /** Holds something about a shipment for review (call inside the transaction that found it). */
    public void hold(Shipment s, ReviewKind kind, String detail) {
        items.open(s.id(), kind, s.operatorCode(), s.waybill(), detail, clock.instant());
    }

    /** Holds something about a waybill the gateway does not know. */
    public void holdUnknown(String operator, String waybill, ReviewKind kind, String detail) {
        items.open(null, kind, operator, waybill, detail, clock.instant());
    }

    public List<ReviewItem> list(boolean openOnly, int limit) {
        return items.list(openOnly, Math.max(1, Math.min(limit, 1000)));
    }

    public List<ReviewItem> openFor(String shipmentId) {
        return items.openFor(shipmentId);
    }

    /** The item, open or not; 404 when there is none. */
    public ReviewItem get(long id) {
        return items.find(id).orElseThrow(() -> new NotFoundException("No review item " + id));
    }

    /** Resolves an open item with the reason given; 404 when there is none, 400 without a reason or when closed. */
    public ReviewItem resolve(long id, String by, String resolution) {
        if (resolution == null || resolution.isBlank()) {
            throw new InvalidMessageException("A resolution needs a reason");
        }
        get(id);
        if (!items.resolve(id, by, resolution.strip().length() > 500 ? resolution.strip().substring(0, 500)
                : resolution.strip(), clock.instant())) {
            throw new InvalidMessageException("Review item " + id + " is already resolved");
        }
        return items.find(id).orElseThrow();
    }
}
