package vn.resultpost.gateway.channel.jms;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded broker's optional TCP acceptor for the JMS channel's clients
 * ({@code gateway.channels.jms.embedded-acceptor}, off by default: the embedded broker accepts only in-VM
 * connections). The embedded broker has no security, so anything but a loopback address is warned about.
 */
@Configuration(proxyBeanMethods = false)
public class JmsChannelBroker {

    private static final Logger log = LoggerFactory.getLogger(JmsChannelBroker.class);

    @Bean
    ArtemisConfigurationCustomizer jmsChannelAcceptor(JmsChannelProperties props) {
        return configuration -> {
            String url = props.embeddedAcceptor();
            if (url.isEmpty()) {
                return;
            }
            if (!loopback(url)) {
                log.warn("The embedded broker accepts JMS connections at {} without authentication: anyone who "
                        + "reaches it may send and consume on every queue. Use a loopback address, or the external "
                        + "broker with security (docs/jms-channel.md)", url);
            }
            try {
                configuration.addAcceptorConfiguration("jms-channel", url);
            } catch (Exception e) {
                throw new IllegalStateException("gateway.channels.jms.embedded-acceptor is not an acceptor URL: " + url, e);
            }
            log.info("Embedded broker accepts JMS clients at {}", url);
        };
    }

    static boolean loopback(String url) {
        try {
            String host = URI.create(url).getHost();
            return host != null && InetAddress.getByName(host).isLoopbackAddress();
        } catch (IllegalArgumentException | UnknownHostException e) {
            return false;
        }
    }
}
