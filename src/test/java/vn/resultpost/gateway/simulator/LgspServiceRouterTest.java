package vn.resultpost.gateway.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import vn.resultpost.gateway.MutableClock;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccMessages.ErrorReply;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccMessages.LgspFault;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccMessages.OrderResult;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccMessages.PostOrder;

/** The LGSP simulator's router: the service name picks the operation, the body is read as its request. */
class LgspServiceRouterTest {

    private final ObjectMapper json = new ObjectMapper();
    private final LgspVnpostSimulatorProperties props = new LgspVnpostSimulatorProperties(null, null, null, null, null,
            "deliver", 0, 0, 0, 0, null);
    private final LgspVnpostOrders orders = new LgspVnpostOrders(new MutableClock(Instant.parse("2026-11-28T02:00:00Z")), 0);
    private final LgspServiceRouter router = new LgspServiceRouter(props, json, orders);

    @Test
    void routesEachServiceToItsOperation() throws Exception {
        byte[] post = json.writeValueAsBytes(new PostOrder("C", "N1", "HCC", 0, 100, "Sender", "0243", null, "Addr",
                "01", "001", "01", "00004", null, null, "Receiver", "0912345678", null, "Addr", "01", "001", "01",
                "00004"));

        ResponseEntity<Object> posted = router.route("PostOrder", post, "deliver");
        String orderNumber = "{\"OrderNumber\": \"N1\", \"Unknown\": 1}";
        ResponseEntity<Object> tracked = router.route("GetOrderTracking", bytes(orderNumber), "deliver");
        ResponseEntity<Object> cancelled = router.route("CancelOrder", bytes(orderNumber), "deliver");

        assertThat(((OrderResult) posted.getBody()).orderNumber()).isEqualTo("N1");
        assertThat(orders.ordersFor("N1")).isEqualTo(1);
        assertThat(tracked.getStatusCode().value()).isEqualTo(200);
        assertThat(((OrderResult) cancelled.getBody()).statusCode()).isEqualTo("22");
    }

    @Test
    void anUnreadableBodyAnUnknownServiceAndNoBodyAreRefused() {
        ResponseEntity<Object> unreadable = router.route("PostOrder", bytes("{not json"), "deliver");
        ResponseEntity<Object> unknown = router.route("Nope", null, "deliver");
        ResponseEntity<Object> empty = router.route("PostOrder", null, "deliver");

        assertThat(unreadable.getStatusCode().value()).isEqualTo(400);
        assertThat(unreadable.getBody()).isEqualTo(new ErrorReply("INVALID_REQUEST", "unreadable JSON body"));
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getBody()).isEqualTo(new LgspFault(new LgspFault.Detail(404, "No matching resource found",
                "no service Nope")));
        assertThat(empty.getStatusCode().value()).isEqualTo(400);
        assertThat(((ErrorReply) empty.getBody()).errorCode()).isEqualTo("INVALID_ORDER");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
