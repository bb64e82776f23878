package vn.resultpost.gateway.reporting;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.audit.Correlation;
import vn.resultpost.gateway.audit.Direction;
import vn.resultpost.gateway.audit.MessageLog;
import vn.resultpost.gateway.canonical.StatusReport;
import vn.resultpost.gateway.config.GatewayProperties.Reporting;
import vn.resultpost.gateway.support.RetryLaterException;

/**
 * Reporting channel JMS: each report is published on the agency's topic ({@code reporting.destination},
 * default {@code gateway.reporting.jms.default-destination}) as a persistent text message holding the REST
 * callback's JSON, with the properties {@code agencyCode}, {@code dossierCode}, {@code sequence},
 * {@code status} (for a subscriber's selector) and a JMSXGroupID per dossier. Each send is on a session of
 * its own, so the broker holds the report before the stage marks it REPORTED (at least once, as over REST:
 * inside the stage's transaction it would be published only at the commit, after the mark).
 */
@Component
public class JmsTopicReporter implements ReportChannelAdapter {

    private final ConnectionFactory connections;
    private final StatusReportJson json;
    private final MessageLog messageLog;
    private final ReportingProperties props;

    public JmsTopicReporter(ConnectionFactory connections, StatusReportJson json, MessageLog messageLog,
                            ReportingProperties props) {
        this.connections = connections;
        this.json = json;
        this.messageLog = messageLog;
        this.props = props;
    }

    @Override
    public ReportingChannel channel() {
        return ReportingChannel.JMS;
    }

    @Override
    public void send(String agencyCode, Reporting settings, StatusReport report) {
        String topic = destination(settings);
        String body = json.write(report);
        messageLog.record(Direction.OUT, "dossier-system:" + agencyCode,
                new Correlation(report.agencyCode(), report.dossierCode(), report.waybill()), body);
        // A connection and session of their own (pooled by the caching factory), never the stage's session.
        try (Connection connection = connections.createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
             MessageProducer producer = session.createProducer(session.createTopic(topic))) {
            TextMessage message = session.createTextMessage(body);
            message.setStringProperty("agencyCode", report.agencyCode());
            message.setStringProperty("dossierCode", report.dossierCode());
            message.setIntProperty("sequence", report.sequence());
            message.setStringProperty("status", report.status() == null ? null : report.status().name());
            message.setStringProperty("shipmentId", report.shipmentId());
            message.setStringProperty("JMSXGroupID", report.agencyCode() + "/" + report.dossierCode());
            producer.send(message);
        } catch (JMSException | RuntimeException e) {
            throw new RetryLaterException("Could not publish report #" + report.sequence() + " of "
                    + report.dossierCode() + " on topic " + topic + ": " + e.getMessage());
        }
    }

    @Override
    public List<String> problems(String agencyCode, Reporting settings) {
        String topic = destination(settings);
        return topic.matches("[A-Za-z0-9._\\-]{1,200}") ? List.of() : List.of("agency " + agencyCode + ": "
                + ReportChannelAdapter.setting(agencyCode, "destination") + " is not a topic name: '" + topic + "'");
    }

    private String destination(Reporting settings) {
        return settings.destination() == null || settings.destination().isBlank()
                ? props.jms().defaultDestination() : settings.destination().strip();
    }
}
