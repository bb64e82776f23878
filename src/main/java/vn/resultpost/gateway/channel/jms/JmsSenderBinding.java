package vn.resultpost.gateway.channel.jms;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.deadletter.DeadLetterQueues;

/**
 * Optional agency boundary of the JMS channel: binds the broker user who sent a message (JMSXUserID, which
 * Artemis fills in with the authenticated user when {@code populate-validated-user} is on) to the agencies
 * listed under {@code gateway.channels.jms.senders}. Only as strong as the broker's authentication: with
 * broker security off the property can be set by anyone who can send. Without any sender listed, every
 * agency may be submitted (the broker's permissions on the queue are the boundary).
 */
@Component
public class JmsSenderBinding {

    /** JMS' own property for the sending user; Artemis maps it to its validated user. */
    static final String USER = "JMSXUserID";
    /** Set by the gateway when it moves a message to the invalid queue: who sent it originally. */
    public static final String ORIGINAL_SENDER = "gatewayOriginalSender";

    private final JmsChannelProperties props;
    private final String gatewayUser;

    public JmsSenderBinding(JmsChannelProperties props, @Value("${spring.artemis.user:}") String gatewayUser) {
        this.props = props;
        this.gatewayUser = gatewayUser == null ? "" : gatewayUser;
    }

    /** Whether senders are bound to agencies at all. */
    public boolean enabled() {
        return !props.senders().isEmpty();
    }

    /** The agencies the message's sender may submit for. */
    public Predicate<String> mayActFor(Message message) throws JMSException {
        if (!enabled()) {
            return agency -> true;
        }
        String sender = sender(message);
        List<String> agencies = sender == null ? List.of() : props.senders().getOrDefault(sender, List.of());
        return agencies::contains;
    }

    /**
     * The broker user who sent the message; for a message the gateway itself replayed (sent with its own
     * broker user, or none), the original sender it recorded.
     */
    String sender(Message message) throws JMSException {
        String user = message.getStringProperty(USER);
        boolean byGateway = user == null || user.isBlank() || user.equals(gatewayUser);
        if (byGateway && message.propertyExists(DeadLetterQueues.REPLAYED_AT)) {
            return message.getStringProperty(ORIGINAL_SENDER);
        }
        return user == null || user.isBlank() ? null : user;
    }
}
