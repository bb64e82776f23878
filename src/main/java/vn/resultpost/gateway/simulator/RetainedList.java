package vn.resultpost.gateway.simulator;

/**
 * SIMULATOR: an append-only list read by position (0 for the first ever added), holding its last {@code limit}
 * elements (0: all) in a ring, so dropping the oldest costs nothing. Not thread-safe: its owner locks.
 */
final class RetainedList<E> {

    private static final int INITIAL_CAPACITY = 16;

    private final int limit;
    private Object[] ring;
    private int oldest;
    private int size;
    private int dropped;

    RetainedList(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("a record limit must be >= 0 (0: keep all), was " + limit);
        }
        this.limit = limit;
        this.ring = new Object[limit > 0 ? Math.min(INITIAL_CAPACITY, limit) : INITIAL_CAPACITY];
    }

    /** Appends {@code element}, dropping the oldest held past the limit; returns how many were ever added. */
    int add(E element) {
        if (limit > 0 && size == limit) {
            ring[oldest] = element;
            oldest = (oldest + 1) % ring.length;
            dropped++;
        } else {
            if (size == ring.length) {
                grow();
            }
            ring[(oldest + size) % ring.length] = element;
            size++;
        }
        return end();
    }

    /** The position of the oldest element held (how many were dropped). */
    int start() {
        return dropped;
    }

    /** The position the next element will have (how many were ever added). */
    int end() {
        return dropped + size;
    }

    /** The element at {@code position}, which must be held: from {@link #start()} to before {@link #end()}. */
    @SuppressWarnings("unchecked")
    E get(int position) {
        if (position < dropped || position >= end()) {
            throw new IndexOutOfBoundsException("position " + position + " is not held: " + dropped + " to " + end());
        }
        return (E) ring[(oldest + position - dropped) % ring.length];
    }

    private void grow() {
        int capacity = limit > 0 ? Math.min(limit, ring.length * 2) : ring.length * 2;
        Object[] bigger = new Object[capacity];
        for (int i = 0; i < size; i++) {
            bigger[i] = ring[(oldest + i) % ring.length];
        }
        ring = bigger;
        oldest = 0;
    }
}
