package vn.resultpost.gateway.store;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit of small independent writes (message log records, webhook replay keys, report marks): one transaction
 * for the writes of every caller waiting at once. The distribution summary {@code gateway.store.group-commit.writes}
 * counts the batches and the writes per batch.
 */
@Component
public class GroupCommit {

    static final int MAX_BATCH = 200;

    private final TransactionTemplate requiresNew;
    private final ReentrantLock lock = new ReentrantLock(true);
    private final BatchingQueue<Runnable> writes = new BatchingQueue<>(lock, MAX_BATCH, this::commit);
    private final DistributionSummary batchSizes;

    public GroupCommit(PlatformTransactionManager transactions, MeterRegistry meters) {
        this.batchSizes = DistributionSummary.builder("gateway.store.group-commit.writes").baseUnit("writes")
                .description("Writes committed together by one group commit (a batch)").register(meters);
        this.requiresNew = new TransactionTemplate(transactions);
        this.requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Runs {@code write} in a committed transaction, possibly with others' writes, and returns once it is committed.
     * A caller queues its write and waits for the lock; whoever holds it commits every write queued so far (up to
     * {@value #MAX_BATCH}) in one transaction of its own (REQUIRES_NEW) and wakes their callers, so under load one
     * commit carries many writes. Call it outside a database transaction (the write must not wait for the caller's
     * locks). If a statement of the batch fails, each write runs again alone, so a bad write fails only its caller;
     * a write may therefore run twice (the first time rolled back): it must do nothing outside the transaction and
     * must not swallow its statements' failures. If the database cannot be reached or the commit fails, every
     * caller of the batch is told at once.
     */
    public void run(Runnable write) {
        writes.submit(write);
    }

    /** Commits a batch of writes together, or one by one if a statement fails (runs under the queue's lock). */
    private void commit(List<BatchingQueue.Entry<Runnable>> batch) {
        batchSizes.record(batch.size());
        if (batch.size() > 1) {
            try {
                requiresNew.executeWithoutResult(tx -> batch.forEach(w -> w.item().run()));
                batch.forEach(BatchingQueue.Entry::committed);
                return;
            } catch (RuntimeException | Error together) {
                if (unreachable(together)) {
                    batch.forEach(w -> w.failed(together));
                    return;
                }
                // a statement failed and the batch rolled back: each write again, alone, below
            }
        }
        for (BatchingQueue.Entry<Runnable> w : batch) {
            try {
                requiresNew.executeWithoutResult(tx -> w.item().run());
                w.committed();
            } catch (RuntimeException | Error e) {
                w.failed(e);
            }
        }
    }

    /** Whether the failure is the database's (no connection, no commit), not a statement's: alone is no better. */
    private static boolean unreachable(Throwable e) {
        return e instanceof TransactionException || e instanceof DataAccessResourceFailureException
                || e instanceof TransientDataAccessResourceException;
    }

    /** Runs {@code change} with every batch held back until it returns (a purge of the message log's chain). */
    public <T> T exclusive(Supplier<T> change) {
        lock.lock();
        try {
            return change.get();
        } finally {
            lock.unlock();
        }
    }

    /** How many writes wait for their batch (for tests and diagnostics). */
    public int queuedWrites() {
        return writes.size();
    }
}
