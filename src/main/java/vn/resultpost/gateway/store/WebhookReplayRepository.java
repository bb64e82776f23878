package vn.resultpost.gateway.store;

import static vn.resultpost.gateway.store.ShipmentRepository.ts;

import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.resultpost.gateway.security.ReplayStore;

/** The webhook replay cache in the shared database, so that every gateway instance refuses a replayed call. */
@Repository
public class WebhookReplayRepository implements ReplayStore {

    private final JdbcClient jdbc;

    public WebhookReplayRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean contains(String key) {
        return jdbc.sql("select count(*) from webhook_replay where replay_key = ?").param(key)
                .query(Integer.class).single() > 0;
    }

    @Override
    public void add(String key, Instant at) {
        try {
            jdbc.sql("insert into webhook_replay (replay_key, seen_at) values (?, ?)").params(key, ts(at)).update();
        } catch (DuplicateKeyException alreadyThere) {
            // Two instances accepted the same call at once: the status intake de-duplicates the event itself.
        }
    }

    @Override
    public void forgetBefore(Instant before) {
        jdbc.sql("delete from webhook_replay where seen_at < ?").param(ts(before)).update();
    }
}
