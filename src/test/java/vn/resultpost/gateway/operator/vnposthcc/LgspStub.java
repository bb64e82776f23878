package vn.resultpost.gateway.operator.vnposthcc;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
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
 * An LGSP-shaped HTTP stub on a JDK HttpServer: {@code POST /lgsp/token} issues tok-1, tok-2, ... (unless
 * scripted otherwise); {@code POST /lgsp/api?service=X} answers route "X" from a queue of scripted replies;
 * a reply scripted as slow is held until {@link #release()} or a few seconds. Records every request.
 */
final class LgspStub {

    static final String TOKEN = "token";

    private final Map<String, Deque<Resp>> scripted = new ConcurrentHashMap<>();
    private final List<Req> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger tokens = new AtomicInteger();
    private final CountDownLatch slow = new CountDownLatch(1);
    volatile long tokenLifetimeSeconds = 3600;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private HttpServer server;

    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    void stop() {
        slow.countDown();
        server.stop(0);
        threads.shutdownNow();
    }

    /** Lets held (slow) replies go. */
    void release() {
        slow.countDown();
    }

    String tokenUrl() {
        return base() + "/lgsp/token";
    }

    String serviceUrl() {
        return base() + "/lgsp/api";
    }

    private String base() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    /** Scripts the next reply of {@code route}: {@link #TOKEN} or a service name. */
    LgspStub reply(String route, int status, String body) {
        scripted.computeIfAbsent(route, r -> new ArrayDeque<>()).add(new Resp(status, body, false));
        return this;
    }

    /** Scripts a reply of {@code route} that comes only after the client has given up. */
    LgspStub slowReply(String route, int status, String body) {
        scripted.computeIfAbsent(route, r -> new ArrayDeque<>()).add(new Resp(status, body, true));
        return this;
    }

    List<Req> requests(String route) {
        return received.stream().filter(r -> route.equals(r.route())).toList();
    }

    int count(String route) {
        return requests(route).size();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String query = ex.getRequestURI().getRawQuery();
            String route = ex.getRequestURI().getPath().endsWith("/token") ? TOKEN
                    : query != null && query.startsWith("service=") ? query.substring("service=".length()) : "?";
            received.add(new Req(ex.getRequestMethod(), route, query,
                    ex.getRequestHeaders().getFirst("Authorization"), ex.getRequestHeaders().getFirst("Content-Type"),
                    body));
            Resp resp = next(route);
            if (resp == null && route.equals(TOKEN)) {
                resp = new Resp(200, "{\"access_token\":\"tok-" + tokens.incrementAndGet()
                        + "\",\"token_type\":\"Bearer\",\"expires_in\":" + tokenLifetimeSeconds + "}", false);
            }
            if (resp == null) {
                resp = new Resp(404, "{\"fault\":{\"code\":404,\"message\":\"no scripted reply for " + route + "\"}}",
                        false);
            }
            if (resp.slow()) {
                awaitRelease();
            }
            byte[] out = resp.body().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", resp.body().startsWith("<") ? "text/html" : "application/json");
            ex.sendResponseHeaders(resp.status(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                ex.getResponseBody().write(out);
            }
        } catch (IOException clientGone) {
            // the client timed out and closed the connection
        }
    }

    private void awaitRelease() {
        try {
            slow.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized Resp next(String route) {
        Deque<Resp> queue = scripted.get(route);
        return queue == null ? null : queue.poll();
    }

    /** One request the stub received; {@code route} is "token" or the service name. */
    record Req(String method, String route, String query, String authorization, String contentType, String body) {
    }

    private record Resp(int status, String body, boolean slow) {
    }
}
