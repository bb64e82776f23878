package vn.resultpost.gateway.reporting.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.audit.Direction;
import vn.resultpost.gateway.audit.RecordingMessageLog;
import vn.resultpost.gateway.config.GatewayProperties.Reporting;
import vn.resultpost.gateway.reporting.ReportingProperties;
import vn.resultpost.gateway.support.RetryLaterException;

/**
 * The SOAP reporting adapter against a stand-in dossier-status service (a plain HTTP server answering
 * canned envelopes): accepted answers, and a fault, a timeout, a transport error as RetryLaterException.
 */
class SoapCallbackReporterTest {

    private static final String AGENCY = "000.00.15.H26";

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> soapActions = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile Answer answer = new Answer(200, "dossier-status/reply-envelope-received.xml");
    private final RecordingMessageLog messageLog = new RecordingMessageLog();
    private SoapCallbackReporter reporter;

    record Answer(int status, String fixture) {
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/dossier-status", this::serve);
        server.start();
        reporter = new SoapCallbackReporter(new ReportingProperties(new ReportingProperties.Soap(
                Duration.ofSeconds(5), Duration.ofSeconds(3), null), null), messageLog);
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    private void serve(HttpExchange exchange) throws IOException {
        requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        soapActions.add(String.valueOf(exchange.getRequestHeaders().getFirst("SOAPAction")));
        Answer now = answer;
        if (now == null) { // never answers in time
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            now = new Answer(200, "dossier-status/reply-envelope-received.xml");
        }
        byte[] body = Fixtures.read(now.fixture()).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/xml; charset=UTF-8");
        exchange.sendResponseHeaders(now.status(), body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private Reporting settings() {
        return new Reporting("SOAP", "http://127.0.0.1:" + server.getAddress().getPort() + "/dossier-status",
                "demo-gateway-reporter", "demo-only-dossier-status", null);
    }

    @Test
    void aReceivedReportIsSentSignedInAndAudited() {
        assertThatCode(() -> reporter.send(AGENCY, settings(), StatusReportSoapMapperTest.DELIVERED))
                .doesNotThrowAnyException();

        assertThat(requests).hasSize(1);
        String request = requests.get(0);
        assertThat(request).contains("wsse:UsernameToken", "demo-gateway-reporter", "demo-only-dossier-status",
                "#PasswordText", "wsse:Nonce", "wsu:Created", "ReportStatus", "<ds:sequence>6</ds:sequence>");
        assertThat(soapActions.get(0)).contains("urn:resultpost:dossier-status:v1:ReportStatus");
        assertThat(messageLog.entries()).singleElement().satisfies(e -> {
            assertThat(e.direction()).isEqualTo(Direction.OUT);
            assertThat(e.party()).isEqualTo("dossier-system:" + AGENCY);
            assertThat(e.correlation().dossierCode()).isEqualTo(StatusReportSoapMapperTest.DOSSIER);
            assertThat(e.correlation().waybill()).isEqualTo("EB479062005VN");
            StatusReportSoapMapperTest.assertSameXml(e.body(),
                    Fixtures.read("dossier-status/report-status-delivered.xml"));
        });
    }

    @Test
    void aDuplicateIsAccepted() {
        answer = new Answer(200, "dossier-status/reply-envelope-duplicate.xml");
        assertThatCode(() -> reporter.send(AGENCY, settings(), StatusReportSoapMapperTest.ACCEPTED))
                .doesNotThrowAnyException();
    }

    @Test
    void aFaultIsRetriedLaterWithTheDossierSystemsReason() {
        answer = new Answer(500, "dossier-status/fault-envelope.xml");
        assertThatThrownBy(() -> reporter.send(AGENCY, settings(), StatusReportSoapMapperTest.ACCEPTED))
                .isInstanceOf(RetryLaterException.class)
                .hasMessageContaining(AGENCY).hasMessageContaining("#1")
                .hasMessageContaining("unavailable: The one-stop system is under maintenance");
    }

    @Test
    void anAnswerThatIsNoAcknowledgementIsRetriedLater() {
        answer = new Answer(503, "dossier-status/reply-unexpected.xml");
        assertThatThrownBy(() -> reporter.send(AGENCY, settings(), StatusReportSoapMapperTest.ACCEPTED))
                .isInstanceOf(RetryLaterException.class);
    }

    @Test
    void aTimeoutIsRetriedLater() {
        answer = null;
        long started = System.nanoTime();
        assertThatThrownBy(() -> reporter.send(AGENCY, settings(), StatusReportSoapMapperTest.ACCEPTED))
                .isInstanceOf(RetryLaterException.class).hasMessageContaining("unreachable over SOAP");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the receive timeout").isLessThan(Duration.ofSeconds(9));
    }

    @Test
    void aTransportErrorIsRetriedLater() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        Reporting nowhere = new Reporting("SOAP", "http://127.0.0.1:" + closed + "/dossier-status",
                "demo-gateway-reporter", "demo-only-dossier-status", null);
        assertThatThrownBy(() -> reporter.send(AGENCY, nowhere, StatusReportSoapMapperTest.ACCEPTED))
                .isInstanceOf(RetryLaterException.class).hasMessageContaining("unreachable over SOAP");
    }

    @Test
    void settingsWithoutAnAddressAreProblemsNamingTheSetting() {
        assertThat(reporter.problems(AGENCY, new Reporting("SOAP", null, null, null, null)))
                .singleElement().asString().contains("gateway.agencies.[000.00.15.H26].reporting.url");
        assertThat(reporter.problems(AGENCY, new Reporting("SOAP", "ftp://x", "u", null, null))).hasSize(2);
        assertThat(reporter.problems(AGENCY, settings())).isEmpty();
    }
}
