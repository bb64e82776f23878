package vn.resultpost.gateway.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The simulators as a process of their own (SimulatorApplication, as the chaos harness runs them) include the
 * simulated LGSP, with its own properties: token, post order, tracking over HTTP, no gateway around it.
 */
class StandaloneLgspSimulatorTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ConfigurableApplicationContext context;
    private static String base;

    @BeforeAll
    static void start() {
        context = new SpringApplication(SimulatorApplication.class).run("--server.port=0",
                "--simulator.standalone=true", "--simulator.enabled=true", "--simulator.dossier.results-per-tick=0");
        base = "http://localhost:" + ((ServletWebServerApplicationContext) context).getWebServer().getPort()
                + "/simulator/lgsp";
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void issuesATokenAndTakesAndTracksAnOrder() throws Exception {
        String basic = Base64.getEncoder().encodeToString(
                "demo-only-hcc-consumer-key:demo-only-hcc-consumer-secret".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> token = send(HttpRequest.newBuilder(URI.create(base + "/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
        assertThat(token.statusCode()).isEqualTo(200);
        String bearer = "Bearer " + JSON.readTree(token.body()).path("access_token").asText();

        HttpResponse<String> posted = service("PostOrder", bearer, "{\"CustomerCode\":\"C\",\"OrderNumber\":\"s1\","
                + "\"Weight\":100,\"ReceiverTel\":\"0912345678\",\"ReceiverAddress\":\"Số 1\",\"ReceiverProvince\":\"01\","
                + "\"ReceiverDistrict\":\"001\",\"SenderProvince\":\"01\",\"SenderDistrict\":\"001\"}");
        assertThat(posted.statusCode()).isEqualTo(200);
        String itemCode = JSON.readTree(posted.body()).path("ItemCode").asText();

        JsonNode tracking = JSON.readTree(service("GetOrderTracking", bearer,
                "{\"CustomerCode\":\"C\",\"OrderNumber\":\"s1\"}").body());
        assertThat(tracking.path("ItemCode").asText()).isEqualTo(itemCode).matches("EB[0-9]{9}VN");
        assertThat(tracking.path("History").get(0).path("StatusCode").asText()).isEqualTo("1");
    }

    @Test
    void refusesWrongCredentialsAndUnknownTokens() throws Exception {
        String wrong = Base64.getEncoder().encodeToString("demo-only-hcc-consumer-key:nope".getBytes(StandardCharsets.UTF_8));
        assertThat(send(HttpRequest.newBuilder(URI.create(base + "/token")).header("Authorization", "Basic " + wrong)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))).statusCode()).isEqualTo(401);
        HttpResponse<String> refused = service("GetOrderTracking", "Bearer forged", "{\"OrderNumber\":\"s1\"}");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(refused.body()).path("fault").path("code").asInt()).isEqualTo(900901);
    }

    private static HttpResponse<String> service(String service, String bearer, String json) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + "/api?service=" + service))
                .header("Authorization", bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
