package vn.resultpost.gateway.operator.viettelpost;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Viettel-Post-shaped HTTP stub on a JDK HttpServer: its Login issues tok-1, tok-2, ... (expiring after
 * {@link #tokenLifetimeSeconds} by the given clock) unless scripted otherwise; other routes answer from
 * per-route queues of scripted replies (404 when none); every request is recorded. A reply may be held back
 * until {@link #release()}, to play a reply slower than the adapter's read timeout.
 */
final class ViettelpostStub {

    static final String LOGIN = "POST /v2/user/Login";
    static final String CREATE = "POST /v2/order/createOrder";
    static final String LOOKUP = "GET /v2/order/getOrderByReference";
    static final String UPDATE = "POST /v2/order/UpdateOrder";
    static final String TRACKING = "GET /v2/order/getOrderTracking";

    private final Map<String, Deque<Resp>> scripted = new ConcurrentHashMap<>();
    private final List<Req> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger tokens = new AtomicInteger();
    private final CountDownLatch held = new CountDownLatch(1);
    private final Clock clock;
    private ExecutorService threads;
    private HttpServer server;
    volatile long tokenLifetimeSeconds = 3600;

    ViettelpostStub(Clock clock) {
        this.clock = clock;
    }

    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        threads = Executors.newCachedThreadPool();
        server.setExecutor(threads);
        server.start();
    }

    void stop() {
        release();
        server.stop(0);
        threads.shutdownNow();
    }

    String baseUrl() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    ViettelpostStub reply(String route, int status, String body) {
        return script(route, new Resp(status, body, false));
    }

    /** A reply sent only once {@link #release()} is called (or the stub stops). */
    ViettelpostStub heldReply(String route, int status, String body) {
        return script(route, new Resp(status, body, true));
    }

    void release() {
        held.countDown();
    }

    List<Req> requests(String route) {
        return received.stream().filter(r -> route.equals(r.method() + " " + r.path())).toList();
    }

    int count(String route) {
        return requests(route).size();
    }

    private ViettelpostStub script(String route, Resp resp) {
        scripted.computeIfAbsent(route, r -> new ArrayDeque<>()).add(resp);
        return this;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String route = ex.getRequestMethod() + " " + ex.getRequestURI().getPath();
            received.add(new Req(ex.getRequestMethod(), ex.getRequestURI().getPath(), ex.getRequestURI().getRawQuery(),
                    ex.getRequestHeaders().getFirst(ViettelpostClient.TOKEN_HEADER), body));
            Resp resp = next(route);
            if (resp == null && route.equals(LOGIN)) {
                long expired = clock.millis() + tokenLifetimeSeconds * 1000;
                resp = new Resp(200, "{\"status\":200,\"error\":false,\"message\":\"OK\",\"data\":{\"token\":\"tok-"
                        + tokens.incrementAndGet() + "\",\"expired\":" + expired + "}}", false);
            }
            if (resp == null) {
                resp = new Resp(404, "{\"status\":404,\"error\":true,\"message\":\"no scripted reply for " + route + "\"}",
                        false);
            }
            if (resp.held()) {
                held.await(10, TimeUnit.SECONDS);
            }
            byte[] out = resp.body().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", resp.body().startsWith("<") ? "text/html" : "application/json");
            ex.sendResponseHeaders(resp.status(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                ex.getResponseBody().write(out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized Resp next(String route) {
        Deque<Resp> queue = scripted.get(route);
        return queue == null ? null : queue.poll();
    }

    /** One request the stub received. */
    record Req(String method, String path, String query, String token, String body) {
    }

    private record Resp(int status, String body, boolean held) {
    }
}
