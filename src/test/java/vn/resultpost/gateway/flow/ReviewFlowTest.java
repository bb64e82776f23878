package vn.resultpost.gateway.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.GatewayTestSupport;
import vn.resultpost.gateway.simulator.VnpostSimulator;

/**
 * What the gateway will not guess is held for review and visible through the API: an operator status
 * code missing from its table, and an operator's refusal (reported to the dossier system as REJECTED);
 * an admin resolves each with a recorded reason.
 */
@TestPropertySource(properties = {"simulator.vnpost.scenario=hold", "simulator.vnpost.unserved-wards=00070"})
class ReviewFlowTest extends GatewayTestSupport {

    private static final String AGENCY = "000.00.12.H26";

    @Autowired
    VnpostSimulator vnpost;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anUnknownOperatorCodeIsHeldForReviewOnTheShipmentAndResolvedWithAReason() throws Exception {
        String dossier = "000.00.12.H26-261201-0901";
        assertThat(post("/api/v1/results", Fixtures.result(dossier)).statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(20)).until(() -> !view(AGENCY, dossier).path("waybill").isNull());
        JsonNode shipment = view(AGENCY, dossier);

        assertThat(post("/api/v1/operators/vnpost/events", event(shipment, "77", "Mã trạng thái mới")).statusCode())
                .isEqualTo(202);

        await().atMost(Duration.ofSeconds(20)).until(() -> view(AGENCY, dossier).path("reviews").size() == 1);
        JsonNode review = view(AGENCY, dossier).path("reviews").get(0);
        assertThat(review.path("kind").asText()).isEqualTo("UNKNOWN_STATUS_CODE");
        assertThat(review.path("detail").asText()).contains("'77'").contains("config/operators/vnpost.yml");
        assertThat(view(AGENCY, dossier).path("status").asText()).as("never guessed").isEqualTo("ORDER_CREATED");
        long id = review.path("id").asLong();
        assertThat(JSON.readTree(get("/api/v1/admin/reviews").body()).path("items").findValuesAsText("id"))
                .contains(String.valueOf(id));

        HttpResponse<String> noReason = post("/api/v1/admin/reviews/" + id + "/resolve", "{}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        HttpResponse<String> resolved = post("/api/v1/admin/reviews/" + id + "/resolve",
                "{\"resolution\":\"Code 77 is a sorting-centre scan; added to the table as INFORMATIONAL\"}");
        assertThat(resolved.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(resolved.body()).path("resolvedBy").asText()).isEqualTo("admin");
        assertThat(view(AGENCY, dossier).path("reviews")).isEmpty();
        assertThat(post("/api/v1/admin/reviews/" + id + "/resolve", "{\"resolution\":\"again\"}").statusCode())
                .as("already resolved").isEqualTo(400);
        assertThat(post("/api/v1/admin/reviews/999999/resolve", "{\"resolution\":\"x\"}").statusCode()).isEqualTo(404);
        JsonNode all = JSON.readTree(get("/api/v1/admin/reviews?state=all").body());
        assertThat(all.path("items").findValuesAsText("resolution")).anyMatch(r -> r.startsWith("Code 77"));
    }

    @Test
    void anOperatorRefusalIsReportedAsRejectedWithTheOperatorsReasonAndHeldForReview() throws Exception {
        String dossier = "000.00.12.H26-261201-0902";
        String body = Fixtures.result(dossier).replace("\"00004\"", "\"00070\"").replace("phố Đội Cấn", "phố Hàng Bài");
        assertThat(post("/api/v1/results", body).statusCode()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(20)).until(() -> "REJECTED".equals(view(AGENCY, dossier).path("status").asText()));
        JsonNode view = view(AGENCY, dossier);
        assertThat(view.path("timeline").get(1).path("description").asText())
                .contains("AREA_NOT_SERVED").contains("outside our delivery area");
        assertThat(view.path("reviews").get(0).path("kind").asText()).isEqualTo("OPERATOR_REJECTED");
        assertThat(view.path("routingRule").asText()).isEqualTo("default");
    }

    @Test
    void aSplitOldWardIsHeldWithoutAnOrderUntilAPersonChoosesTheWard() throws Exception {
        String dossier = "000.00.12.H26-261201-0903";
        String body = Fixtures.result(dossier).replace("\"provinceCode\": \"01\",\n    \"wardCode\": \"00004\",",
                "\"legacyWardCode\": \"00166\",");
        HttpResponse<String> accepted = post("/api/v1/results", body);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertThat(JSON.readTree(accepted.body()).path("heldForReview").asText()).contains("00160");
        String shipmentId = JSON.readTree(accepted.body()).path("shipmentId").asText();

        JsonNode review = view(AGENCY, dossier).path("reviews").get(0);
        assertThat(review.path("kind").asText()).isEqualTo("SPLIT_WARD");
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> vnpost.createCallsFor(shipmentId) == 0);
        assertThat(view(AGENCY, dossier).path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(post("/api/v1/results", body).statusCode()).as("the same submission again").isEqualTo(200);

        String path = "/api/v1/admin/reviews/" + review.path("id").asLong() + "/resolve";
        assertThat(post(path, "{\"resolution\":\"no ward\"}").statusCode()).isEqualTo(400);
        HttpResponse<String> notACandidate = post(path, "{\"resolution\":\"x\",\"wardCode\":\"00004\"}");
        assertThat(notACandidate.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(notACandidate.body()).path("detail").asText()).contains("00160");
        HttpResponse<String> resolved = post(path,
                "{\"resolution\":\"Phoned the applicant: the house is in the new ward\",\"wardCode\":\"00160\"}");
        assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> vnpost.ordersFor(shipmentId) == 1);
        assertThat(vnpost.orders()).filteredOn(o -> shipmentId.equals(o.request().orderReference()))
                .extracting(o -> o.request().receiver().wardCode()).containsExactly("00160");
        assertThat(view(AGENCY, dossier).path("reviews")).isEmpty();
        assertThat(post("/api/v1/results", body).statusCode()).as("still recognised after the ward was chosen")
                .isEqualTo(200);
    }

    private static String event(JsonNode shipment, String code, String name) {
        return "{\"itemCode\":\"" + shipment.path("waybill").asText() + "\",\"orderReference\":\""
                + shipment.path("shipmentId").asText() + "\",\"statusCode\":\"" + code + "\",\"statusName\":\"" + name
                + "\",\"eventTime\":\"" + OffsetDateTime.now(ZoneOffset.ofHours(7)) + "\"}";
    }
}
