package vn.resultpost.gateway.store;

import static vn.resultpost.gateway.store.ShipmentRepository.ts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.resultpost.gateway.canonical.ShipmentStatus;

/**
 * Retention of personal data: erases the applicant and address from the stored submission of
 * shipments that finished longer ago than {@code gateway.retention.personal-data}. The shipment,
 * its timeline and the submission's hash stay.
 */
@Component("personalDataRetention")
public class PersonalDataRetention {

    static final List<String> PERSONAL_FIELDS = List.of("applicant", "address");
    private static final Logger log = LoggerFactory.getLogger(PersonalDataRetention.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ObjectMapper json;
    private final Clock clock;
    private final Duration keep;

    public PersonalDataRetention(JdbcClient jdbc, TransactionTemplate tx, ObjectMapper json, Clock clock,
                                 @Value("${gateway.retention.personal-data:P180D}") Duration keep) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.json = json;
        this.clock = clock;
        this.keep = keep;
    }

    /** Erases the personal fields of up to {@code limit} finished shipments past retention; returns how many. */
    public int eraseExpired(int limit) {
        Instant cutoff = clock.instant().minus(keep);
        Integer erased = tx.execute(status -> {
            List<String[]> rows = jdbc.sql("select id, payload from shipment where personal_data_erased_at is null "
                            + "and updated_at < ? and status in (?, ?, ?, ?) order by updated_at "
                            + "fetch first " + limit + " rows only for update skip locked")
                    .params(ts(cutoff), ShipmentStatus.DELIVERED.name(), ShipmentStatus.RETURNED_TO_AGENCY.name(),
                            ShipmentStatus.CANCELLED.name(), ShipmentStatus.REJECTED.name())
                    .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
            for (String[] row : rows) {
                jdbc.sql("update shipment set payload = ?, personal_data_erased_at = ? where id = ?")
                        .params(erase(row[1]), ts(clock.instant()), row[0]).update();
            }
            return rows.size();
        });
        if (erased != null && erased > 0) {
            log.info("Erased the personal data of {} shipment(s) finished before {}", erased, cutoff);
        }
        return erased == null ? 0 : erased;
    }

    private String erase(String payload) {
        try {
            ObjectNode node = (ObjectNode) json.readTree(payload);
            PERSONAL_FIELDS.forEach(f -> node.putNull(f));
            return json.writeValueAsString(node);
        } catch (JsonProcessingException | ClassCastException e) {
            return "{}";
        }
    }
}
