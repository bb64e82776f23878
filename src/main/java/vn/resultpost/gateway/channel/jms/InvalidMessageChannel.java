package vn.resultpost.gateway.channel.jms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.config.GatewayProperties;
import vn.resultpost.gateway.deadletter.DeadLetterChannel;
import vn.resultpost.gateway.deadletter.DeadLetterQueues;
import vn.resultpost.gateway.deadletter.MessageForwarding;
import vn.resultpost.gateway.deadletter.ReceivedJms;
import vn.resultpost.gateway.intake.IntakeProblem;

/**
 * Invalid Message Channel of the JMS channel: a refused message is moved, in the consumer's JMS transaction,
 * to {@code gateway.queues.inbound-invalid} with its original body (of whatever type, never deserialised) and
 * properties, and headers giving the reason. The admin dead-letter API lists it and replays it.
 */
@Component("invalidMessages")
public class InvalidMessageChannel {

    public static final String TYPE = DeadLetterQueues.REJECTION_TYPE;
    public static final String DETAIL = DeadLetterQueues.REJECTION_DETAIL;
    public static final String ERRORS = "gatewayRejectionErrors";
    public static final String REJECTED_AT = DeadLetterQueues.REJECTED_AT;
    public static final String ORIGINAL_ID = "gatewayOriginalMessageId";
    static final int MAX_DETAIL = 16_000;
    private static final Logger log = LoggerFactory.getLogger(InvalidMessageChannel.class);

    private final String queue;
    private final ObjectMapper json;
    private final Clock clock;

    public InvalidMessageChannel(GatewayProperties props, ObjectMapper json, Clock clock) {
        this.queue = props.queues().inboundInvalid();
        this.json = json;
        this.clock = clock;
    }

    /** Moves the exchange's refused JMS message to the invalid queue, in the consumer's transaction. */
    public void move(Exchange exchange) throws JMSException {
        JmsIntake intake = JmsResultsAdapter.intake(exchange);
        ReceivedJms received = ReceivedJms.of(exchange);
        Message message = received.message();
        IntakeProblem problem = intake.problem();
        String originalId = message.getJMSMessageID();
        Map<String, Object> reason = new LinkedHashMap<>();
        reason.put(TYPE, problem.code());
        reason.put(DETAIL, problem.detail() == null || problem.detail().length() <= MAX_DETAIL ? problem.detail()
                : problem.detail().substring(0, MAX_DETAIL - 1) + "…");
        reason.put(ERRORS, errors(problem));
        reason.put(REJECTED_AT, clock.instant().toString());
        reason.put(DeadLetterChannel.STAGE, exchange.getFromRouteId());
        if (!message.propertyExists(ORIGINAL_ID)) {
            reason.put(ORIGINAL_ID, originalId);
        }
        String sender = message.getStringProperty(JmsSenderBinding.USER);
        if (sender != null && !message.propertyExists(JmsSenderBinding.ORIGINAL_SENDER)) {
            reason.put(JmsSenderBinding.ORIGINAL_SENDER, sender);
        }
        MessageForwarding.forward(received.session(), message, queue, reason, false);
        log.warn("Moved JMS message {} ({}/{}) to {}: {}", originalId, intake.agencyCode(), intake.dossierCode(),
                queue, problem.code());
    }

    private String errors(IntakeProblem problem) {
        try {
            return json.writeValueAsString(problem.errors());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise violations", e);
        }
    }
}
