package vn.resultpost.gateway.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.test.context.TestPropertySource;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.GatewayTestSupport;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.canonical.StatusReport;
import vn.resultpost.gateway.simulator.DossierSystemSimulator;

/**
 * Reporting on a JMS topic, end to end: both demo agencies publish on gateway.status-reports; each dossier
 * system holds a durable subscription selecting its agency, is offline while its result is shipped, and
 * on reconnecting receives every report of its own agency, in order, once each, and nothing of the other.
 */
@TestPropertySource(properties = {
        "simulator.vnpost.scenario=deliver",
        "gateway.agencies[000.00.12.H26].reporting.channel=JMS",
        "gateway.agencies[000.00.15.H26].reporting.channel=JMS"})
class JmsReportingFlowTest extends GatewayTestSupport {

    private static final String TOPIC = "gateway.status-reports";

    @Autowired
    ConnectionFactory gatewayConnections;

    @Autowired
    ObjectMapper json;

    @Autowired
    DossierSystemSimulator restDossierSystem;

    @Test
    void durableSubscribersSelectingTheirAgencyReceiveEveryReportInOrderOnce() throws Exception {
        ConnectionFactory broker = gatewayConnections instanceof CachingConnectionFactory caching
                ? caching.getTargetConnectionFactory() : gatewayConnections;
        String baDinh = "000.00.12.H26-261128-3001";
        String cauGiay = "000.00.15.H26-261128-3001";
        // Each dossier system subscribes once (durably), then goes offline.
        subscribe(broker, "ba-dinh-one-stop", "000.00.12.H26").close();
        subscribe(broker, "cau-giay-one-stop", "000.00.15.H26").close();

        assertThat(post("/api/v1/results", Fixtures.result(baDinh)).statusCode()).isEqualTo(202);
        assertThat(post("/api/v1/results", Fixtures.result(cauGiay)
                .replace("\"agencyCode\": \"000.00.12.H26\"", "\"agencyCode\": \"000.00.15.H26\"")).statusCode()).isEqualTo(202);
        for (String[] r : new String[][] {{"000.00.12.H26", baDinh}, {"000.00.15.H26", cauGiay}}) {
            await().atMost(Duration.ofSeconds(30)).until(() -> view(r[0], r[1]).path("timeline")
                    .findValuesAsText("reportState").equals(List.of("REPORTED", "REPORTED", "REPORTED", "REPORTED",
                            "REPORTED", "REPORTED")));
        }

        List<Message> baDinhReports = receiveAll(broker, "ba-dinh-one-stop", "000.00.12.H26");
        List<Message> cauGiayReports = receiveAll(broker, "cau-giay-one-stop", "000.00.15.H26");

        assertReports(baDinhReports, "000.00.12.H26", baDinh);
        assertReports(cauGiayReports, "000.00.15.H26", cauGiay);
        assertThat(restDossierSystem.callbacks("000.00.12.H26", baDinh)).as("no REST callback").isEmpty();
    }

    private void assertReports(List<Message> messages, String agency, String dossier) throws Exception {
        List<StatusReport> reports = new ArrayList<>();
        for (Message m : messages) {
            assertThat(m.getStringProperty("agencyCode")).isEqualTo(agency);
            assertThat(m.getStringProperty("dossierCode")).isEqualTo(dossier);
            assertThat(m.getJMSDestination()).isInstanceOf(Topic.class);
            // The body is the REST callback's JSON StatusReport.
            StatusReport report = json.readValue(((TextMessage) m).getText(), StatusReport.class);
            assertThat(m.getIntProperty("sequence")).isEqualTo(report.sequence());
            assertThat(m.getStringProperty("status")).isEqualTo(report.status().name());
            reports.add(report);
        }
        assertThat(reports).extracting(StatusReport::status).containsExactlyElementsOf(DELIVERED_LIFECYCLE);
        assertThat(reports).extracting(StatusReport::sequence).containsExactly(1, 2, 3, 4, 5, 6);
        StatusReport last = reports.get(5);
        assertThat(last.status()).isEqualTo(ShipmentStatus.DELIVERED);
        assertThat(last.dossierStatusCode()).isEqualTo("10");
        assertThat(last.waybill()).matches("EB[0-9]{9}VN");
        assertThat(last.agencyCode()).isEqualTo(agency);
    }

    /** A dossier system's connection with its durable subscription (client id + subscription name + selector). */
    private static Connection subscribe(ConnectionFactory broker, String clientId, String agency) throws JMSException {
        Connection connection = broker.createConnection();
        connection.setClientID(clientId);
        Session session = connection.createSession(false, Session.CLIENT_ACKNOWLEDGE);
        session.createDurableConsumer(session.createTopic(TOPIC), "status-reports", "agencyCode = '" + agency + "'", false);
        return connection;
    }

    /** Reconnects and takes every message waiting in the subscription (until none comes within a second). */
    private static List<Message> receiveAll(ConnectionFactory broker, String clientId, String agency) throws JMSException {
        try (Connection connection = broker.createConnection()) {
            connection.setClientID(clientId);
            Session session = connection.createSession(false, Session.CLIENT_ACKNOWLEDGE);
            MessageConsumer consumer = session.createDurableConsumer(session.createTopic(TOPIC), "status-reports",
                    "agencyCode = '" + agency + "'", false);
            connection.start();
            List<Message> messages = new ArrayList<>();
            for (Message m = consumer.receive(5000); m != null; m = consumer.receive(1000)) {
                messages.add(m);
                m.acknowledge();
            }
            return messages;
        }
    }
}
