package vn.resultpost.gateway.channel.jms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.resultpost.gateway.canonical.ResultKey;
import vn.resultpost.gateway.canonical.Shipment;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.canonical.Violation;
import vn.resultpost.gateway.intake.IntakeOutcome;
import vn.resultpost.gateway.intake.IntakeProblem;
import vn.resultpost.gateway.support.ForbiddenException;

/** The JMS channel's replies: an acceptance, or a rejection with the REST problem's fields. */
class JmsRepliesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final JmsReplies replies = new JmsReplies(JSON);
    private final Shipment shipment = new Shipment("s-1", new ResultKey("000.00.12.H26", "000.00.12.H26-261128-0001"),
            "vnpost", null, ShipmentStatus.ACCEPTED, 0, Instant.EPOCH, Instant.EPOCH, Instant.EPOCH);

    @Test
    void acceptanceSaysCreatedOrExistingWithTheShipmentAndItsStatusUrl() throws Exception {
        JsonNode created = JSON.readTree(replies.accepted(new IntakeOutcome.Created(shipment)));
        assertThat(created.path("shipmentId").asText()).isEqualTo("s-1");
        assertThat(created.path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(created.path("outcome").asText()).isEqualTo("CREATED");
        assertThat(created.path("statusUrl").asText()).isEqualTo("/api/v1/results/000.00.12.H26/000.00.12.H26-261128-0001");
        assertThat(JSON.readTree(replies.accepted(new IntakeOutcome.Existing(shipment))).path("outcome").asText())
                .isEqualTo("EXISTING");
    }

    @Test
    void rejectionHasTheRestProblemFieldsNamingEachBadField() throws Exception {
        JsonNode problem = JSON.readTree(replies.rejected(IntakeProblem.invalid(List.of(
                new Violation("applicant.phone", "must be a Vietnamese phone number"),
                new Violation("documents[0].copies", "must be between 1 and 20")))));

        assertThat(problem.path("type").asText()).isEqualTo("/problems/invalid-result");
        assertThat(problem.path("title").asText()).isEqualTo("The result is not valid");
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("detail").asText()).contains("applicant.phone").contains("documents[0].copies");
        assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("applicant.phone", "documents[0].copies");
        assertThat(problem.path("outcome").asText()).isEqualTo("REJECTED");
        assertThat(problem.has("shipmentId")).isFalse();
    }

    @Test
    void forbiddenAndConflictKeepTheirTypeAndTheConflictNamesTheShipment() throws Exception {
        JsonNode forbidden = JSON.readTree(replies.rejected(IntakeProblem.of(new ForbiddenException("no")).orElseThrow()));
        assertThat(forbidden.path("type").asText()).isEqualTo("/problems/forbidden");
        assertThat(forbidden.path("status").asInt()).isEqualTo(403);
        assertThat(forbidden.path("errors")).isEmpty();

        JsonNode conflict = JSON.readTree(replies.rejected(IntakeProblem.conflict(shipment,
                JmsReplies.statusUrl(shipment.key()))));
        assertThat(conflict.path("type").asText()).isEqualTo("/problems/result-conflict");
        assertThat(conflict.path("shipmentId").asText()).isEqualTo("s-1");
        assertThat(conflict.path("statusUrl").asText()).endsWith("/000.00.12.H26-261128-0001");
        assertThat(IntakeProblem.of(new IllegalStateException("database down"))).as("a failure, not a refusal").isEmpty();
    }
}
