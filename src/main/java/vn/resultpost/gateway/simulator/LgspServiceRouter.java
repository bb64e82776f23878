package vn.resultpost.gateway.simulator;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.ResponseEntity;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccMessages.CancelOrder;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccMessages.ErrorReply;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccMessages.LgspFault;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccMessages.PostOrder;
import vn.resultpost.gateway.operator.vnposthcc.VnpostHccMessages.TrackingRequest;

/**
 * SIMULATOR: the LGSP simulator's content-based router: a {@code POST /api?service=...} call's JSON body, read
 * as the named service's request, to the order book's post order, cancel order or order tracking.
 */
final class LgspServiceRouter {

    private final LgspVnpostSimulatorProperties props;
    private final ObjectMapper json;
    private final LgspVnpostOrders orders;

    LgspServiceRouter(LgspVnpostSimulatorProperties props, ObjectMapper json, LgspVnpostOrders orders) {
        this.props = props;
        this.json = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.orders = orders;
    }

    /** The service's reply; 400 INVALID_REQUEST for a body that is not JSON, an LGSP 404 for an unknown service. */
    ResponseEntity<Object> route(String service, byte[] body, String scenario) {
        try {
            return dispatch(service, body == null ? new byte[0] : body, scenario);
        } catch (IOException e) {
            return ResponseEntity.badRequest().body(new ErrorReply("INVALID_REQUEST", "unreadable JSON body"));
        }
    }

    private ResponseEntity<Object> dispatch(String service, byte[] body, String scenarioName) throws IOException {
        LgspVnpostSimulatorProperties.Services s = props.services();
        if (s.postOrder().equals(service)) {
            Supplier<List<String>> scenario =
                    () -> LgspVnpostOrders.scenario(scenarioName, props.returnShare(), props.failOnceShare());
            return orders.post(read(body, PostOrder.class), scenario, props.stepDelay());
        }
        if (s.cancelOrder().equals(service)) {
            return orders.cancel(read(body, CancelOrder.class));
        }
        if (s.orderTracking().equals(service)) {
            return orders.track(read(body, TrackingRequest.class));
        }
        return fault(404, 404, "No matching resource found", "no service " + service);
    }

    private <T> T read(byte[] body, Class<T> type) throws IOException {
        return body.length == 0 ? null : json.readValue(body, type);
    }

    /** An LGSP (API manager) fault: the HTTP status, the LGSP's code, message and description. */
    static ResponseEntity<Object> fault(int status, int code, String message, String description) {
        return ResponseEntity.status(status).body(new LgspFault(new LgspFault.Detail(code, message, description)));
    }
}
