package vn.resultpost.gateway.channel.jms;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.Destination;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.audit.Direction;
import vn.resultpost.gateway.audit.MessageLog;
import vn.resultpost.gateway.deadletter.ReceivedJms;
import vn.resultpost.gateway.intake.Channel;
import vn.resultpost.gateway.intake.IntakeOutcome;
import vn.resultpost.gateway.intake.IntakeProblem;
import vn.resultpost.gateway.intake.ResultIntake;
import vn.resultpost.gateway.reporting.RejectionReports;
import vn.resultpost.gateway.security.SecurityProperties;

/**
 * JMS Channel Adapter for dossier systems (route {@code jms-results}): the JSON of {@code POST /api/v1/results}
 * as a TextMessage or a UTF-8 BytesMessage goes through the same {@link ResultIntake}. A refusal is an
 * outcome, not a failure: the route moves the message to the Invalid Message Channel and queues a rejection
 * report; a requester (JMSReplyTo) gets the answer, all in the consumer's JMS transaction.
 */
@Component("jmsResults")
public class JmsResultsAdapter {

    /** Exchange property holding the {@link JmsIntake} of the message, and the outcome the route branches on. */
    public static final String INTAKE = "gatewayIntake";
    public static final String OUTCOME = "gatewayOutcome";
    private static final Logger log = LoggerFactory.getLogger(JmsResultsAdapter.class);

    private final ResultIntake intake;
    private final JmsSenderBinding binding;
    private final RejectionReports rejections;
    private final MessageLog messageLog;
    private final JmsResultTranslator translator;
    private final JmsReplies replies;
    private final long replyTimeToLiveMs;

    public JmsResultsAdapter(ResultIntake intake, JmsSenderBinding binding, RejectionReports rejections,
                             MessageLog messageLog, ObjectMapper json, SecurityProperties security,
                             JmsChannelProperties props) {
        this.intake = intake;
        this.binding = binding;
        this.rejections = rejections;
        this.messageLog = messageLog;
        this.translator = new JmsResultTranslator(json, security.maxBodyBytes());
        this.replies = new JmsReplies(json);
        this.replyTimeToLiveMs = props.replyTimeToLive().toMillis();
    }

    /** Records the message (IN) and hands it to intake; sets the {@link #INTAKE} and {@link #OUTCOME} properties. */
    public void receive(Exchange exchange) throws JMSException {
        Message message = ReceivedJms.of(exchange).message();
        JmsResultTranslator.Read read = translator.read(message);
        JmsIntake named = new JmsIntake(null, read.agencyCode(), read.dossierCode(), null, null);
        messageLog.record(Direction.IN, named.party(), named.correlation(), read.auditBody());
        JmsIntake result = read.problem() != null ? rejected(read, read.problem()) : submit(read, message);
        exchange.setProperty(INTAKE, result);
        exchange.setProperty(OUTCOME, result.outcome());
    }

    private JmsIntake submit(JmsResultTranslator.Read read, Message message) throws JMSException {
        try {
            IntakeOutcome outcome = intake.submit(read.json(), binding.mayActFor(message), Channel.JMS);
            if (outcome instanceof IntakeOutcome.Conflict conflict) {
                return rejected(read, IntakeProblem.conflict(conflict.shipment(), JmsReplies.statusUrl(conflict.shipment().key())));
            }
            String code = outcome instanceof IntakeOutcome.Created ? JmsReplies.CREATED : JmsReplies.EXISTING;
            return new JmsIntake(code, outcome.shipment().key().agencyCode(), outcome.shipment().key().dossierCode(), null,
                    replies.accepted(outcome));
        } catch (RuntimeException refused) {
            return rejected(read, IntakeProblem.of(refused).orElseThrow(() -> refused));
        }
    }

    private JmsIntake rejected(JmsResultTranslator.Read read, IntakeProblem problem) {
        return new JmsIntake(JmsReplies.REJECTED, read.agencyCode(), read.dossierCode(), problem, replies.rejected(problem));
    }

    /** Queues the rejection report for the agency the body names, if the gateway knows it, in this transaction. */
    public void reportRejection(Exchange exchange) throws JMSException {
        JmsIntake result = intake(exchange);
        String notice = rejections.notice(result.agencyCode(), result.dossierCode(), Channel.JMS, result.problem())
                .orElse(null);
        if (notice == null) {
            return;
        }
        Session session = ReceivedJms.of(exchange).session();
        try (MessageProducer producer = session.createProducer(session.createQueue(rejections.queue()))) {
            producer.send(session.createTextMessage(notice));
        }
    }

    /**
     * Answers a requester on its JMSReplyTo, with its JMSCorrelationID (the message id when it has none), to expire
     * after {@code gateway.channels.jms.reply-time-to-live}. A reply destination refused at once is logged and
     * skipped: the outcome stands (the status reports tell).
     */
    public void reply(Exchange exchange) throws JMSException {
        ReceivedJms received = ReceivedJms.of(exchange);
        Message request = received.message();
        Destination replyTo = request.getJMSReplyTo();
        if (replyTo == null) {
            return;
        }
        JmsIntake result = intake(exchange);
        Session session = received.session();
        TextMessage reply = session.createTextMessage(result.reply());
        reply.setJMSCorrelationID(request.getJMSCorrelationID() != null ? request.getJMSCorrelationID()
                : request.getJMSMessageID());
        reply.setStringProperty(OUTCOME, result.outcome());
        try (MessageProducer producer = session.createProducer(replyTo)) {
            producer.setTimeToLive(replyTimeToLiveMs);
            producer.send(reply);
        } catch (InvalidDestinationException | JMSSecurityException gone) {
            log.warn("No reply for JMS message {} ({}/{}): reply destination {} refused: {}", request.getJMSMessageID(),
                    result.agencyCode(), result.dossierCode(), replyTo, gone.getMessage());
            return;
        }
        messageLog.record(Direction.OUT, result.party(), result.correlation(), result.reply());
    }

    static JmsIntake intake(Exchange exchange) {
        return exchange.getProperty(INTAKE, JmsIntake.class);
    }
}
