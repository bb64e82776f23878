package vn.resultpost.gateway.simulator;

import java.time.Duration;

/** SIMULATOR: holds a reply back, as an operator slower than its caller's read timeout does. */
final class LateReply {

    private LateReply() {
    }

    /** Waits {@code delay}; an interrupt ends the wait early and leaves the thread interrupted. */
    static void hold(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
