package vn.resultpost.gateway.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.canonical.StatusReport;
import vn.resultpost.gateway.operator.vnpost.VnpostMessages.CreateOrder;
import vn.resultpost.gateway.operator.vnpost.VnpostMessages.ErrorReply;
import vn.resultpost.gateway.operator.vnpost.VnpostMessages.OrderReply;
import vn.resultpost.gateway.operator.vnpost.VnpostMessages.Party;
import vn.resultpost.gateway.operator.vnpost.VnpostMessages.TokenReply;
import vn.resultpost.gateway.operator.vnpost.VnpostMessages.TokenRequest;
import vn.resultpost.gateway.support.BackgroundPriority;
import vn.resultpost.gateway.support.OutboundHttp;

/**
 * {@code simulator.retained-shipments}: with a bound of 3, the dossier system and the VNPost operator keep the
 * records of the 3 newest of 5 shipments, their counters still count 5, a dropped waybill is answered as an
 * unknown one, and a dropped order's events are still pushed to the end.
 */
class SimulatorRetentionTest {

    private final OutboundHttp http = new OutboundHttp(RestClient.builder(), BackgroundPriority.ofDefaults());
    private final Map<String, AtomicInteger> pushed = new ConcurrentHashMap<>();
    private HttpServer gateway;
    private VnpostSimulatorScript script;

    @AfterEach
    void stop() {
        if (script != null) {
            script.stop();
        }
        if (gateway != null) {
            gateway.stop(0);
        }
        http.destroy();
    }

    @Test
    void theDossierSystemKeepsTheNewestDossiersAndCountsThemAll() {
        DossierSystemSimulator dossierSystem = dossierSystem(3);
        for (int i = 1; i <= 5; i++) {
            dossierSystem.callback(report("D" + i, 1, ShipmentStatus.PICKED_UP));
            dossierSystem.callback(report("D" + i, 2, ShipmentStatus.DELIVERED));
        }
        dossierSystem.callback(report("D5", 2, ShipmentStatus.DELIVERED)); // a repeat: finished once

        assertThat(dossierSystem.received()).containsOnlyKeys("A/D3", "A/D4", "A/D5");
        assertThat(dossierSystem.received().get("A/D5")).extracting(StatusReport::sequence).containsExactly(1, 2, 2);
        assertThat(dossierSystem.finishedAt()).containsOnlyKeys("A/D3", "A/D4", "A/D5");
        assertThat(dossierSystem.callbacks("A", "D1")).isEmpty();
        assertThat(dossierSystem.stats()).isEqualTo(new DossierSystemSimulator.Stats(5, 5, 11, 0));
        assertThat(new SimulatorRecords(null, dossierSystem).dossierReport())
                .extracting(SimulatorRecords.DossierRecord::dossierCode).containsExactly("D3", "D4", "D5");
    }

    @Test
    void zeroKeepsEveryDossier() {
        DossierSystemSimulator dossierSystem = dossierSystem(0);
        for (int i = 1; i <= 5; i++) {
            dossierSystem.callback(report("D" + i, 1, ShipmentStatus.DELIVERED));
        }

        assertThat(dossierSystem.received()).hasSize(5);
        assertThat(dossierSystem.finishedAt()).hasSize(5);
        assertThat(dossierSystem.stats()).isEqualTo(new DossierSystemSimulator.Stats(5, 5, 5, 0));
    }

    @Test
    void theOperatorKeepsTheNewestOrdersCountsThemAllAndStillPlaysTheDroppedOnes() throws IOException {
        VnpostSimulator vnpost = vnpost(3, "deliver");
        String token = ((TokenReply) vnpost.token(new TokenRequest("u", "p", "c")).getBody()).token();
        List<String> waybills = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            waybills.add(((OrderReply) create(vnpost, token, "ref-" + i).getBody()).itemCode());
        }

        assertThat(vnpost.orders()).extracting(SimulatedOrder::itemCode)
                .containsExactlyElementsOf(waybills.subList(2, 5));
        assertThat(vnpost.stats()).isEqualTo(new VnpostSimulator.Stats(5, 5, 0, 0, 0));
        assertThat(vnpost.ordersFor("ref-1")).isZero();
        assertThat(vnpost.ordersFor("ref-3")).isEqualTo(1);
        assertThat(vnpost.createCallsFor("ref-2")).isZero();
        assertThat(vnpost.createCallsFor("ref-5")).isEqualTo(1);
        // A dropped waybill or reference is answered as the operator answers an unknown one.
        assertNotFound(vnpost.tracking(token, waybills.get(0)), waybills.get(0));
        assertNotFound(vnpost.tracking(token, "EB000000000VN"), "EB000000000VN");
        assertNotFound(vnpost.cancel(token, waybills.get(1)), waybills.get(1));
        assertNotFound(vnpost.find(token, "ref-1"), "ref-1");
        assertThat(vnpost.tracking(token, waybills.get(4)).getStatusCode().value()).isEqualTo(200);
        // The dropped orders' scripts go on: every order's four events reach the gateway.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> waybills.forEach(w ->
                assertThat(pushed.getOrDefault(w, new AtomicInteger()).get()).as(w).isEqualTo(4)));
        assertThat(vnpost.orders()).allSatisfy(o -> assertThat(o.events()).hasSize(4));
    }

    private DossierSystemSimulator dossierSystem(int retained) {
        SimulatorProperties props = props("http://localhost:1", "hold", retained);
        return new DossierSystemSimulator(props, new SimulatorFaults(props), http);
    }

    private VnpostSimulator vnpost(int retained, String scenario) throws IOException {
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ObjectMapper json = new ObjectMapper();
        gateway.createContext("/api/v1/operators/vnpost/events", exchange -> {
            String itemCode = json.readTree(exchange.getRequestBody()).path("itemCode").asText();
            pushed.computeIfAbsent(itemCode, k -> new AtomicInteger()).incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        gateway.start();
        SimulatorProperties props = props("http://127.0.0.1:" + gateway.getAddress().getPort(), scenario, retained);
        script = new VnpostSimulatorScript(props, json, http);
        return new VnpostSimulator(script, new SimulatorFaults(props), props);
    }

    private static SimulatorProperties props(String gatewayUrl, String scenario, int retained) {
        return new SimulatorProperties(true, gatewayUrl,
                new SimulatorProperties.Dossier(0, Duration.ofSeconds(3), List.of("A"), "key"),
                new SimulatorProperties.Vnpost(Duration.ofMillis(100), scenario, 0, 0, 0, "secret", 5,
                        Duration.ofMillis(200), 2, Duration.ofHours(1), 0, null, null),
                retained);
    }

    private static ResponseEntity<Object> create(VnpostSimulator vnpost, String token, String reference) {
        try {
            Party receiver = new Party("Nguyễn Thị Lan", "+84 912 345 678", "Số 1 phố Đội Cấn", "01", "00004");
            return vnpost.create(token, new CreateOrder("c", reference, "CTN", receiver, receiver, 100, 0, true,
                    "result", List.of()));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertNotFound(ResponseEntity<Object> reply, String what) {
        assertThat(reply.getStatusCode().value()).isEqualTo(404);
        assertThat(reply.getBody()).isEqualTo(new ErrorReply("NOT_FOUND", what));
    }

    private static StatusReport report(String dossier, int sequence, ShipmentStatus status) {
        return new StatusReport("A", dossier, "shipment-" + dossier, sequence, status, "9", "vnpost", "EB1VN", "6",
                status.name(), 0, Instant.parse("2026-11-28T02:00:00Z"), null);
    }
}
