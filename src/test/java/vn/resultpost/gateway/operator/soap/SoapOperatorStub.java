package vn.resultpost.gateway.operator.soap;

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
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A SOAP 1.1 operator stub on a JDK HttpServer: answers each operation from its queue of scripted replies
 * (a payload in an envelope, a SOAP fault, any other HTTP reply, or no reply until released) and records
 * every request as received (headers, envelope, the UsernameToken and the body's payload element).
 */
final class SoapOperatorStub {

    static final String ENVELOPE_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String WSSE_NS = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";

    private final Map<String, Deque<Reply>> scripted = new ConcurrentHashMap<>();
    private final List<Request> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private HttpServer server;

    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    void stop() {
        release.countDown();
        if (!threads.isShutdown()) {
            server.stop(0);
            threads.shutdownNow();
        }
    }

    String endpoint() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/operator";
    }

    /** Answers the next call of {@code operation} with {@code payload} (a reply element) in an envelope, HTTP 200. */
    SoapOperatorStub reply(String operation, String payload) {
        return script(operation, new Reply(200, "text/xml; charset=UTF-8", envelope(payload), false));
    }

    /** Answers the next call of {@code operation} with a SOAP fault (HTTP 500). */
    SoapOperatorStub fault(String operation, String faultElement) {
        return script(operation, new Reply(500, "text/xml; charset=UTF-8", envelope(faultElement), false));
    }

    /** Answers the next call of {@code operation} with any HTTP status, content type and body. */
    SoapOperatorStub raw(String operation, int status, String contentType, String body) {
        return script(operation, new Reply(status, contentType, body, false));
    }

    /** Does not answer the next call of {@code operation} until the stub stops (a reply slower than any timeout). */
    SoapOperatorStub hang(String operation) {
        return script(operation, new Reply(0, null, null, true));
    }

    List<Request> requests(String operation) {
        return received.stream().filter(r -> operation.equals(r.operation())).toList();
    }

    private SoapOperatorStub script(String operation, Reply reply) {
        scripted.computeIfAbsent(operation, o -> new ArrayDeque<>()).add(reply);
        return this;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Element envelope = SoapOperatorXml.parse(body);
            Element payload = firstElement(child(envelope, ENVELOPE_NS, "Body"));
            String operation = payload == null ? "" : payload.getLocalName();
            received.add(new Request(operation, ex.getRequestHeaders().getFirst("SOAPAction"),
                    ex.getRequestHeaders().getFirst("Content-Type"), body, envelope, payload));
            Reply reply = next(operation);
            if (reply == null) {
                reply = new Reply(500, "text/xml", envelope("<soap:Fault xmlns:soap='" + ENVELOPE_NS
                        + "'><faultcode>soap:Server</faultcode><faultstring>no scripted reply for " + operation
                        + "</faultstring></soap:Fault>"), false);
            }
            if (reply.hang()) {
                release.await(30, TimeUnit.SECONDS);
                return;
            }
            byte[] out = reply.body().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", reply.contentType());
            ex.sendResponseHeaders(reply.status(), out.length);
            ex.getResponseBody().write(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized Reply next(String operation) {
        Deque<Reply> queue = scripted.get(operation);
        return queue == null ? null : queue.poll();
    }

    private static String envelope(String payload) {
        return "<soap:Envelope xmlns:soap=\"" + ENVELOPE_NS + "\"><soap:Body>" + payload + "</soap:Body></soap:Envelope>";
    }

    static Element child(Element parent, String ns, String name) {
        for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static Element firstElement(Element parent) {
        for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }

    /** One request as received: its operation, SOAPAction and Content-Type, the envelope and its payload. */
    record Request(String operation, String soapAction, String contentType, String body, Element envelope,
                   Element payload) {

        /** The wsse:UsernameToken of the Security header, or null. */
        Element usernameToken() {
            Element header = child(envelope, ENVELOPE_NS, "Header");
            return child(child(header, WSSE_NS, "Security"), WSSE_NS, "UsernameToken");
        }
    }

    private record Reply(int status, String contentType, String body, boolean hang) {
    }
}
