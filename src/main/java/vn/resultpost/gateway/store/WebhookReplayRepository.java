package vn.resultpost.gateway.store;

import static vn.resultpost.gateway.store.ShipmentRepository.ts;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.resultpost.gateway.security.ReplayStore;

/** The webhook replay cache in the shared database, so that every gateway instance refuses a replayed call. */
@Repository
public class WebhookReplayRepository implements ReplayStore {

    private final JdbcClient jdbc;
    private final GroupCommit groupCommit;

    public WebhookReplayRepository(JdbcClient jdbc, GroupCommit groupCommit) {
        this.jdbc = jdbc;
        this.groupCommit = groupCommit;
    }

    @Override
    public boolean contains(String key) {
        return jdbc.sql("select count(*) from webhook_replay where replay_key = ?").param(key)
                .query(Integer.class).single() > 0;
    }

    /**
     * Committed (with other callers' one-row writes: {@link GroupCommit}) before this returns; call it outside a
     * database transaction. A key
     * already there is kept (two instances accepted the same call at once: the status intake de-duplicates the
     * event itself); the statement does not fail, so it cannot spoil the batch it commits in.
     */
    @Override
    public void add(String key, Instant at) {
        groupCommit.run(() -> jdbc.sql("insert into webhook_replay (replay_key, seen_at) values (?, ?) "
                + "on conflict do nothing").params(key, ts(at)).update());
    }

    @Override
    public void forgetBefore(Instant before) {
        jdbc.sql("delete from webhook_replay where seen_at < ?").param(ts(before)).update();
    }
}
