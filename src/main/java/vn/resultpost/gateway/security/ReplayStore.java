package vn.resultpost.gateway.security;

import java.time.Instant;

/** Where the signed webhook calls already accepted are kept: shared by every instance in production. */
public interface ReplayStore {

    /** Whether {@code key} was accepted already. */
    boolean contains(String key);

    /** Records {@code key} as accepted at {@code at}; recording it twice is no error. */
    void add(String key, Instant at);

    /** Forgets the keys accepted before {@code before}. */
    void forgetBefore(Instant before);
}
