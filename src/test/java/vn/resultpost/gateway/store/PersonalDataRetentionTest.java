package vn.resultpost.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.GatewayTestSupport;
import vn.resultpost.gateway.canonical.ResultKey;
import vn.resultpost.gateway.canonical.Shipment;
import vn.resultpost.gateway.canonical.ShipmentStatus;

/** Personal fields of finished shipments are erased after the retention period; open ones keep theirs. */
@TestPropertySource(properties = "simulator.vnpost.scenario=deliver")
class PersonalDataRetentionTest extends GatewayTestSupport {

    @Autowired
    ShipmentRepository shipments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ObjectMapper json;

    @Test
    void erasesApplicantAndAddressOfOldFinishedShipmentsOnly() throws Exception {
        Instant longAgo = Instant.now().minus(Duration.ofDays(400));
        String finished = insert(ShipmentStatus.DELIVERED, longAgo);
        String open = insert(ShipmentStatus.IN_TRANSIT, longAgo);
        String recent = insert(ShipmentStatus.DELIVERED, Instant.now());

        PersonalDataRetention retention = new PersonalDataRetention(jdbc, tx, json,
                java.time.Clock.systemUTC(), Duration.ofDays(180));
        assertThat(retention.eraseExpired(10_000)).isGreaterThanOrEqualTo(1);

        String erased = shipments.payload(finished).orElseThrow().json();
        assertThat(erased).doesNotContain("Nguyễn", "0912", "001190012345", "Đội Cấn");
        assertThat(json.readTree(erased).path("dossierCode").asText()).isNotBlank();
        assertThat(shipments.payload(finished).orElseThrow().hash()).isEqualTo("hash-" + finished);
        assertThat(shipments.payload(open).orElseThrow().json()).contains("001190012345");
        assertThat(shipments.payload(recent).orElseThrow().json()).contains("001190012345");
        assertThat(retention.eraseExpired(10_000)).as("nothing twice").isZero();
    }

    private String insert(ShipmentStatus status, Instant at) throws Exception {
        String id = UUID.randomUUID().toString();
        String payload = json.writeValueAsString(json.readTree(Fixtures.result("RET-" + id.substring(0, 8))));
        shipments.insert(new Shipment(id, new ResultKey("000.00.12.H26", "RET-" + id.substring(0, 8)), "vnpost",
                null, status, 0, at, at, at), null, payload, "hash-" + id, null);
        return id;
    }
}
