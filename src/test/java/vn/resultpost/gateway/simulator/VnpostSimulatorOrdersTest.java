package vn.resultpost.gateway.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import vn.resultpost.gateway.operator.vnpost.VnpostMessages.CreateOrder;
import vn.resultpost.gateway.operator.vnpost.VnpostMessages.ErrorReply;
import vn.resultpost.gateway.operator.vnpost.VnpostMessages.OrderReply;
import vn.resultpost.gateway.operator.vnpost.VnpostMessages.Party;
import vn.resultpost.gateway.support.BackgroundPriority;
import vn.resultpost.gateway.support.OutboundHttp;

/** The VNPost simulator's order book: the outcome of each create-order rule, and what each one counts. */
class VnpostSimulatorOrdersTest {

    private final OutboundHttp http = new OutboundHttp(RestClient.builder(), BackgroundPriority.ofDefaults());
    private final SimulatorProperties props = new SimulatorProperties(true, "http://localhost:1", null,
            new SimulatorProperties.Vnpost(Duration.ofSeconds(1), "hold", 0, 0, 0, "s", 1, null, 1, null, 0, null,
                    List.of("99999")), 0);
    private final SimulatorFaults faults = new SimulatorFaults(props);
    private final VnpostSimulatorScript script = new VnpostSimulatorScript(props, new ObjectMapper(), http);
    private final VnpostSimulatorOrders orders = new VnpostSimulatorOrders(script, faults, props.vnpost(), 0);

    @AfterEach
    void stop() {
        script.stop();
        http.destroy();
    }

    @Test
    void createsOneOrderPerReferenceAndRefusesTheRest() {
        ResponseEntity<Object> created = orders.create(order("r1", "00004", 1200));

        assertThat(created.getStatusCode().value()).isEqualTo(200);
        OrderReply reply = (OrderReply) created.getBody();
        assertThat(reply.itemCode()).matches("EB[0-9]{9}VN");
        assertThat(reply.totalFee()).isEqualTo(24_000L);
        assertThat(orders.byReference("r1")).isSameAs(orders.byWaybill(reply.itemCode()));
        assertRefused(orders.create(order("r1", "00004", 100)), 409, "DUPLICATE_REFERENCE");
        assertRefused(orders.create(order(null, "00004", 100)), 409, "DUPLICATE_REFERENCE");
        assertRefused(orders.create(order("r2", null, 100)), 400, "INVALID_RECEIVER");
        assertRefused(orders.create(order("r3", "99999", 100)), 400, "AREA_NOT_SERVED");
        assertThat(orders.all()).hasSize(1);
        assertThat(orders.createCallsFor("r1")).isEqualTo(2);
        assertThat(orders.createCalls()).isEqualTo(5);
        assertThat(orders.stats()).isEqualTo(new VnpostSimulator.Stats(1, 5, 0, 0, 2));
    }

    @Test
    void injectedFaultsFailACallOrLoseTheReplyOfACreatedOrder() {
        faults.set(new SimulatorFaults.Faults(1.0, 0, false));
        assertRefused(orders.create(order("r1", "00004", 100)), 503, "SERVICE_UNAVAILABLE");
        faults.set(new SimulatorFaults.Faults(0, 1.0, false));
        assertRefused(orders.create(order("r1", "00004", 100)), 504, "GATEWAY_TIMEOUT");

        assertThat(orders.byReference("r1")).isNotNull();
        assertThat(orders.createCallsFor("r1")).isEqualTo(2);
        assertThat(orders.stats()).isEqualTo(new VnpostSimulator.Stats(1, 2, 1, 1, 0));
    }

    private static CreateOrder order(String reference, String ward, int grams) {
        Party receiver = new Party("Lan", "0912345678", "Số 1", "01", ward);
        return new CreateOrder("c", reference, "CTN", receiver, receiver, grams, 0, true, "result", List.of());
    }

    private static void assertRefused(ResponseEntity<Object> reply, int status, String code) {
        assertThat(reply.getStatusCode().value()).isEqualTo(status);
        assertThat(((ErrorReply) reply.getBody()).errorCode()).isEqualTo(code);
    }
}
