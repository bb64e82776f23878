package vn.resultpost.gateway.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The waiting side of a group commit: a caller queues its item and waits for the lock; whoever holds it hands every
 * item queued so far (up to a maximum) to the committer in one batch, and each caller returns once its own item is
 * committed, or throws what failed it.
 *
 * @param <T> what a caller hands in
 */
public final class BatchingQueue<T> {

    private final ReentrantLock lock;
    private final int maxBatch;
    private final Consumer<List<Entry<T>>> committer;
    private final Queue<Entry<T>> queued = new ConcurrentLinkedQueue<>();

    /** {@code committer} completes or fails every entry of the batch it is given; it runs under {@code lock}. */
    public BatchingQueue(ReentrantLock lock, int maxBatch, Consumer<List<Entry<T>>> committer) {
        this.lock = lock;
        this.maxBatch = maxBatch;
        this.committer = committer;
    }

    /** Queues {@code item} and returns once the batch it went out in is committed. */
    public void submit(T item) {
        Entry<T> mine = new Entry<>(item, new CompletableFuture<>());
        queued.add(mine);
        lock.lock();
        try {
            while (!mine.done().isDone()) {
                commitNextBatch();
            }
        } finally {
            lock.unlock();
        }
        try {
            mine.done().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** How many items wait for their batch (for tests and diagnostics). */
    public int size() {
        return queued.size();
    }

    private void commitNextBatch() {
        List<Entry<T>> batch = new ArrayList<>();
        for (Entry<T> e = queued.poll(); e != null; e = batch.size() < maxBatch ? queued.poll() : null) {
            batch.add(e);
        }
        try {
            committer.accept(batch);
        } catch (RuntimeException | Error e) {
            batch.forEach(entry -> entry.done().completeExceptionally(e));
        }
        // A caller left waiting would spin on the lock: an entry the committer forgot fails.
        batch.forEach(entry -> entry.done().completeExceptionally(
                new IllegalStateException("The batch committer neither committed nor failed this item")));
    }

    /** An item waiting for its batch, and the promise its caller waits on. */
    public record Entry<T>(T item, CompletableFuture<Void> done) {

        public void committed() {
            done.complete(null);
        }

        public void failed(Throwable cause) {
            done.completeExceptionally(cause);
        }
    }
}
