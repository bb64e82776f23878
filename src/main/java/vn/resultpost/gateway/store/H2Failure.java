package vn.resultpost.gateway.store;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Fail-fast for the embedded H2 database: once H2 has closed it after an internal failure (its "panic": out of
 * memory, a full disk, an I/O error), no statement succeeds until the process starts again, so liveness and
 * readiness go DOWN and, unless {@code gateway.h2.exit-when-closed} is false, the gateway stops with exit status
 * {@value #EXIT_STATUS} for its supervisor to start it again. What was committed is in the file; what was in flight
 * is retried by its sender or redelivered by the broker.
 */
@Component
public class H2Failure {

    /** The exit status after the embedded database closed (systemd's {@code Restart=on-failure} restarts on it). */
    public static final int EXIT_STATUS = 3;

    private static final Logger log = LoggerFactory.getLogger(H2Failure.class);

    private final ApplicationContext context;
    private final boolean exit;
    private final IntConsumer halt;
    private final AtomicBoolean seen = new AtomicBoolean();

    @Autowired
    public H2Failure(ApplicationContext context, H2SyncProperties props) {
        this(context, props.exitWhenClosed(), System::exit);
    }

    H2Failure(ApplicationContext context, boolean exit, IntConsumer halt) {
        this.context = context;
        this.exit = exit;
        this.halt = halt;
    }

    /** H2 has closed the database because of {@code cause}: says so once, goes DOWN and, by default, stops. */
    void closed(Throwable cause) {
        if (!seen.compareAndSet(false, true)) {
            return;
        }
        log.error("H2 has closed the gateway's embedded database after an internal failure ({}): nothing can be "
                + "stored or read until the gateway starts again. {}", cause, exit
                ? "Stopping with exit status " + EXIT_STATUS + " for the supervisor to start it again "
                        + "(gateway.h2.exit-when-closed)"
                : "Liveness and readiness are DOWN; restart the gateway (gateway.h2.exit-when-closed is false)", cause);
        AvailabilityChangeEvent.publish(context, LivenessState.BROKEN);
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        if (exit) {
            // Not on the caller's thread: closing the context stops the H2 upkeep, which waits for that thread.
            Thread stopping = new Thread(() -> halt.accept(SpringApplication.exit(context, () -> EXIT_STATUS)),
                    "h2-closed-exit");
            stopping.start();
        }
    }

    /** Whether it has happened (the health probes say so too). */
    public boolean hasClosed() {
        return seen.get();
    }
}
