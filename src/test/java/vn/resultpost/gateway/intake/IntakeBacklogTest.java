package vn.resultpost.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.GatewayTestSupport;
import vn.resultpost.gateway.channel.soap.SoapChannelTest;

/**
 * Backpressure on intake: while order creation is stopped, results pile up as waiting for their order; at the
 * limit a REST submission is answered 503 problem+json with Retry-After before it is read, and a new SOAP result
 * a backlog-full fault, nothing of either stored, while status reads still answer; once orders flow again, so
 * does intake.
 */
@TestPropertySource(properties = {"simulator.vnpost.scenario=deliver", "gateway.intake.backlog.max=2",
        "gateway.intake.backlog.refresh=0s", "gateway.intake.backlog.retry-after=7s"})
class IntakeBacklogTest extends GatewayTestSupport {

    private static final String AGENCY = "000.00.12.H26";

    @Autowired
    CamelContext camel;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Test
    void newResultsWaitWhileTheBacklogIsFullAndFlowAgainOnceOrdersDo() throws Exception {
        camel.getRouteController().stopRoute("order-creation");
        try {
            assertThat(post("/api/v1/results", Fixtures.result(code(1))).statusCode()).isEqualTo(202);
            assertThat(post("/api/v1/results", Fixtures.result(code(2))).statusCode()).isEqualTo(202);

            HttpResponse<String> refused = post("/api/v1/results", Fixtures.result(code(3)));
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("7");
            assertThat(refused.body()).contains("\"type\":\"/problems/backlog-full\"", "2 results are waiting");
            assertThat(stored(code(3))).isZero();
            assertThat(meters.get("gateway.http.shed").tag("channel", "rest").tag("reason", "backlog-full").counter()
                    .count()).isEqualTo(1);
            assertThat(get("/api/v1/results/" + AGENCY + "/" + code(1)).statusCode())
                    .as("status reads are not gated").isEqualTo(200);

            HttpResponse<String> fault = send(request("/services/results")
                    .header("Content-Type", "text/xml; charset=UTF-8").header("SOAPAction", "\"\"")
                    .POST(HttpRequest.BodyPublishers.ofString(SoapChannelTest.envelope(SoapChannelTest.USER,
                            SoapChannelTest.PASSWORD, SoapChannelTest.submitResult(AGENCY, code(4), "0912345678")),
                            StandardCharsets.UTF_8)).build());
            assertThat(fault.statusCode()).as(fault.body()).isEqualTo(500);
            assertThat(fault.body()).contains("backlog-full", "retry in 7 s");
            assertThat(stored(code(4))).isZero();
            assertThat(meters.get("gateway.intake.backlog").gauge().value()).isEqualTo(2);
        } finally {
            camel.getRouteController().startRoute("order-creation");
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> post("/api/v1/results", Fixtures.result(code(3))).statusCode() == 202);
        assertThat(stored(code(3))).isEqualTo(1);
    }

    private long stored(String dossierCode) {
        return jdbc.sql("select count(*) from shipment where agency_code = ? and dossier_code = ?")
                .params(AGENCY, dossierCode).query(Long.class).single();
    }

    private static String code(int n) {
        return AGENCY + "-261203-11" + String.format("%02d", n);
    }
}
