package vn.resultpost.gateway.simulator;

import static vn.resultpost.gateway.simulator.ViettelpostReplies.refused;
import static vn.resultpost.gateway.simulator.ViettelpostReplies.tokenRefused;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.resultpost.gateway.operator.viettelpost.ViettelpostMessages.CreateOrder;
import vn.resultpost.gateway.operator.viettelpost.ViettelpostMessages.Login;
import vn.resultpost.gateway.operator.viettelpost.ViettelpostMessages.LoginData;
import vn.resultpost.gateway.operator.viettelpost.ViettelpostMessages.OrderInfo;
import vn.resultpost.gateway.operator.viettelpost.ViettelpostMessages.Reply;
import vn.resultpost.gateway.operator.viettelpost.ViettelpostMessages.UpdateOrder;

/**
 * SIMULATOR, not production code: a Viettel Post partner API (v2) under {@code /simulator/viettelpost}.
 * Issues expiring tokens (401 once expired), numeric waybills, refuses a second order with the same
 * ORDER_NUMBER (status 205), fails or delays a configurable share of createOrder calls, cancels (UpdateOrder
 * TYPE 4) only before pickup, and has {@link ViettelpostSimulatorScript} push status events. The orders are
 * {@link ViettelpostSimulatorOrders}, the reply envelopes {@link ViettelpostReplies}; this class is the HTTP API.
 */
@RestController
@RequestMapping("/simulator/viettelpost")
@ConditionalOnProperty(prefix = "simulator", name = "enabled", havingValue = "true")
public class ViettelpostSimulator {

    static final DateTimeFormatter STATUS_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final String NOT_FOUND = "Không tìm thấy đơn hàng / no order ";

    private final OperatorTokens tokens;
    private final ViettelpostSimulatorOrders orders;
    private final ViettelpostSimulatorProperties props;
    private final ViettelpostSimulatorScript script;
    private final ViettelpostReplies replies;
    private final ViettelpostSimulatorFaults faults;

    public ViettelpostSimulator(ViettelpostSimulatorProperties props, SimulatorProperties simulator,
                                ViettelpostSimulatorScript script, ViettelpostSimulatorFaults faults,
                                ObjectMapper json) {
        this.props = props;
        this.tokens = new OperatorTokens(props.tokenLifetime());
        this.orders = new ViettelpostSimulatorOrders(simulator.retainedShipments());
        this.script = script;
        this.faults = faults;
        this.replies = new ViettelpostReplies(json);
    }

    @PostMapping("/v2/user/Login")
    public ResponseEntity<Reply> login(@RequestBody Login login) {
        if (login.username() == null || login.username().isBlank() || login.password() == null) {
            return refused(400, "Sai tên đăng nhập hoặc mật khẩu / wrong user name or password");
        }
        String token = UUID.randomUUID().toString().replace("-", "");
        Instant expires = tokens.issue(token);
        return replies.ok(new LoginData(token, expires.toEpochMilli()));
    }

    @PostMapping("/v2/order/createOrder")
    public ResponseEntity<Reply> create(@RequestHeader(value = "Token", required = false) String token,
                                        @RequestBody CreateOrder order) throws InterruptedException {
        if (!tokens.valid(token)) {
            return tokenRefused();
        }
        orders.called(order);
        if (faults.fails()) {
            orders.failed();
            return ViettelpostReplies.outage();
        }
        Object registered = orders.register(order);
        if (registered instanceof Reply refusal) {
            return ResponseEntity.ok(refusal); // HTTP 200, Viettel's status in the envelope
        }
        ViettelpostSimulatedOrder created = (ViettelpostSimulatedOrder) registered;
        script.start(created); // holds the order itself: dropping its records later does not stop its events
        if (faults.answersLate()) {
            orders.answeredLate();
            Thread.sleep(props.timeoutDelay().toMillis()); // slower than the caller's read timeout: reply lost
        }
        return replies.ok(ViettelpostSimulatorFees.of(created));
    }

    @GetMapping("/v2/order/getOrderByReference")
    public ResponseEntity<Reply> find(@RequestHeader(value = "Token", required = false) String token,
                                      @RequestParam("ORDER_REFERENCE") String reference) {
        if (!tokens.valid(token)) {
            return tokenRefused();
        }
        ViettelpostSimulatedOrder o = orders.byReference(reference);
        return o == null ? refused(404, NOT_FOUND + reference) : replies.ok(new OrderInfo(o.waybill(), reference,
                o.lastStatus() == null ? 100 : o.lastStatus(), ViettelpostSimulatorFees.of(o).moneyTotal()));
    }

    @PostMapping("/v2/order/UpdateOrder")
    public ResponseEntity<Reply> update(@RequestHeader(value = "Token", required = false) String token,
                                        @RequestBody UpdateOrder update) {
        if (!tokens.valid(token)) {
            return tokenRefused();
        }
        ViettelpostSimulatedOrder o = orders.byWaybill(update.orderNumber());
        if (update.type() == null || update.type() != 4) {
            return refused(400, "TYPE " + update.type() + " is not simulated (4 = cancel)");
        }
        if (o == null) {
            return refused(404, NOT_FOUND + update.orderNumber());
        }
        if (!o.cancel()) {
            return refused(400, "Đơn hàng đã được lấy, không thể hủy / the order was picked up and can no longer be cancelled");
        }
        script.cancelled(o);
        return ViettelpostReplies.done();
    }

    @GetMapping("/v2/order/getOrderTracking")
    public ResponseEntity<Reply> tracking(@RequestHeader(value = "Token", required = false) String token,
                                          @RequestParam("ORDER_NUMBER") String waybill) {
        if (!tokens.valid(token)) {
            return tokenRefused();
        }
        ViettelpostSimulatedOrder o = orders.byWaybill(waybill);
        return o == null ? refused(404, NOT_FOUND + waybill) : replies.ok(o.events());
    }

    @GetMapping("/stats")
    public ViettelpostSimulatorOrders.Stats stats() {
        return orders.stats(tokens.logins());
    }

    /** The orders held and the calls counted, for tests and the demo. */
    public ViettelpostSimulatorOrders orders() {
        return orders;
    }
}
