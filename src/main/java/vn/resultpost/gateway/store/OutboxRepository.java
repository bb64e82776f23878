package vn.resultpost.gateway.store;

import static vn.resultpost.gateway.store.ShipmentRepository.ts;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The transactional outbox: messages stored with the state change they announce, relayed afterwards. */
@Repository
public class OutboxRepository {

    private final JdbcClient jdbc;

    public OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a message; call inside the transaction that changes the state it announces. */
    public void add(String destination, String group, String body, Instant now) {
        jdbc.sql("insert into outbox_message (destination, message_group, body, created_at) values (?, ?, ?, ?)")
                .params(destination, group, body, ts(now)).update();
    }

    /** Claims the oldest messages, skipping rows another relay holds; call inside a transaction. */
    public List<OutboxMessage> claim(int limit) {
        return jdbc.sql("select id, destination, message_group, body from outbox_message order by id "
                        + "fetch first " + limit + " rows only for update skip locked")
                .query((rs, n) -> new OutboxMessage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    public void delete(List<OutboxMessage> messages) {
        for (OutboxMessage m : messages) {
            jdbc.sql("delete from outbox_message where id = ?").param(m.id()).update();
        }
    }

    public int pending() {
        return jdbc.sql("select count(*) from outbox_message").query(Integer.class).single();
    }

    /** One stored message. */
    public record OutboxMessage(long id, String destination, String group, String body) {
    }
}
