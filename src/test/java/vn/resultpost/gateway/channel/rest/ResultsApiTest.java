package vn.resultpost.gateway.channel.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.GatewayTestSupport;

/** The REST API's answers: 202/200/409 for intake, problem+json naming each bad field, 404, the contract. */
@TestPropertySource(properties = {"simulator.vnpost.scenario=deliver",
        "gateway.agencies[000.00.15.H26].inbound-channels=SOAP,BATCH"})
class ResultsApiTest extends GatewayTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anAgencyLimitedToOtherChannelsIsRefusedOverRestNamingTheSetting() throws Exception {
        String body = Fixtures.result("000.00.15.H26-261201-0101").replace("000.00.12.H26", "000.00.15.H26");

        HttpResponse<String> reply = post("/api/v1/results", body);

        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(403);
        assertThat(JSON.readTree(reply.body()).path("detail").asText()).contains("does not hand results over REST")
                .contains("inbound-channels");
        assertThat(get("/api/v1/results/000.00.15.H26/000.00.15.H26-261201-0101").statusCode()).isEqualTo(404);
    }

    @Test
    void invalidResultIsAnswered400ProblemJsonNamingEachBadField() throws Exception {
        String body = Fixtures.result("000.00.12.H26-261128-0101")
                .replace("\"+84 912.345.678\"", "\"12345\"")
                .replace("\"wardCode\": \"00004\"", "\"wardCode\": \"4\"")
                .replace("\"agencyCode\": \"000.00.12.H26\"", "\"agencyCode\": \"UNKNOWN\"");

        HttpResponse<String> reply = post("/api/v1/results", body);

        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(reply.body());
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("type").asText()).isEqualTo("/problems/invalid-result");
        assertThat(problem.path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("agencyCode", "applicant.phone", "address.wardCode");
    }

    @Test
    void malformedJsonAndWrongTypesAreNamed() throws Exception {
        JsonNode malformed = JSON.readTree(post("/api/v1/results", "{\"agencyCode\": ").body());
        assertThat(malformed.path("status").asInt()).isEqualTo(400);
        assertThat(malformed.path("errors").get(0).path("field").asText()).isEqualTo("$");

        String wrongType = Fixtures.result("000.00.12.H26-261128-0102").replace("50000", "\"năm mươi nghìn\"");
        JsonNode problem = JSON.readTree(post("/api/v1/results", wrongType).body());
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("codAmount");
    }

    @Test
    void sameResultAgainAnswers200WithTheSameShipmentAndDifferentContentAnswers409() throws Exception {
        String dossier = "000.00.12.H26-261128-0103";
        HttpResponse<String> first = post("/api/v1/results", Fixtures.result(dossier));
        HttpResponse<String> again = post("/api/v1/results", Fixtures.result(dossier));
        HttpResponse<String> changed = post("/api/v1/results",
                Fixtures.result(dossier).replace("Số 12 ngõ 34", "Số 99 ngõ 1"));

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(again.statusCode()).isEqualTo(200);
        String id = JSON.readTree(first.body()).path("shipmentId").asText();
        assertThat(UUID.fromString(id).version()).as("a time-ordered id, intake/ShipmentIds").isEqualTo(7);
        assertThat(JSON.readTree(again.body()).path("shipmentId").asText()).isEqualTo(id);
        assertThat(changed.statusCode()).isEqualTo(409);
        JsonNode conflict = JSON.readTree(changed.body());
        assertThat(conflict.path("type").asText()).isEqualTo("/problems/result-conflict");
        assertThat(conflict.path("shipmentId").asText()).isEqualTo(id);
    }

    @Test
    void aPre2025AddressIsConvertedAndASplitWardIsHeldForReviewWithItsCandidates() throws Exception {
        String modern = "\"address\": {\n    \"provinceCode\": \"01\",\n    \"wardCode\": \"00004\",";
        String legacy = Fixtures.result("000.00.12.H26-261128-0104").replace(modern,
                "\"address\": {\n    \"legacyWardCode\": \"00007\",");
        assertThat(legacy).contains("legacyWardCode");
        HttpResponse<String> accepted = post("/api/v1/results", legacy);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);

        String split = Fixtures.result("000.00.12.H26-261128-0105").replace(modern,
                "\"address\": {\n    \"legacyWardCode\": \"00166\",");
        HttpResponse<String> held = post("/api/v1/results", split);
        assertThat(held.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(held.body()).path("heldForReview").asText()).contains("00160", "00166");
        String unknownOld = Fixtures.result("000.00.12.H26-261128-0106").replace(modern,
                "\"address\": {\n    \"legacyWardCode\": \"99999\",");
        JsonNode problem = JSON.readTree(post("/api/v1/results", unknownOld).body());
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("address.legacyWardCode");
    }

    @Test
    void unknownResultIs404ProblemJson() throws Exception {
        HttpResponse<String> reply = get("/api/v1/results/000.00.12.H26/NO-SUCH-DOSSIER");
        assertThat(reply.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(reply.body()).path("type").asText()).isEqualTo("/problems/not-found");
    }

    @Test
    void webhookRefusesUnknownOperatorAndInvalidEvent() throws Exception {
        assertThat(post("/api/v1/operators/nobody/events", "{}").statusCode()).isEqualTo(404);
        HttpResponse<String> invalid = post("/api/v1/operators/vnpost/events", "{\"itemCode\":\"EB1\"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(invalid.body()).path("detail").asText()).contains("statusCode");
    }

    @Test
    void theOpenApiContractIsServed() {
        HttpResponse<String> reply = get("/api/v1/openapi.yaml");
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).contains("operationId: submitResult", "operationId: getResult",
                "operationId: receiveOperatorEvent");
    }
}
