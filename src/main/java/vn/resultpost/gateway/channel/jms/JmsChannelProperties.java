package vn.resultpost.gateway.channel.jms;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the JMS channel ({@code gateway.channels.jms.*}; the queue names are under
 * {@code gateway.queues.*}). Defaults in config/application.yml; docs/jms-channel.md explains them.
 *
 * @param consumers         concurrent consumers of the inbound queue
 * @param senders           optional binding of broker users (JMSXUserID) to the agencies each may submit for;
 *                          empty: any agency whose inbound channels allow JMS
 * @param embeddedAcceptor  a TCP acceptor URL for the embedded broker (e.g. {@code tcp://127.0.0.1:61616}),
 *                          empty for none (in-VM only)
 * @param replyTimeToLive   how long a reply waits for its requester (0: for ever); a reply to a temporary queue
 *                          that is gone would otherwise stay on the broker
 */
@ConfigurationProperties(prefix = "gateway.channels.jms")
public record JmsChannelProperties(int consumers, Map<String, List<String>> senders, String embeddedAcceptor,
                                   Duration replyTimeToLive) {

    public JmsChannelProperties {
        senders = senders == null ? Map.of() : senders.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                Map.Entry::getKey, e -> e.getValue() == null ? List.of() : List.copyOf(e.getValue())));
        embeddedAcceptor = embeddedAcceptor == null ? "" : embeddedAcceptor.strip();
        replyTimeToLive = replyTimeToLive == null ? Duration.ZERO : replyTimeToLive;
    }
}
