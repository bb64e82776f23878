package vn.resultpost.gateway.simulator;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * SIMULATOR/tool, not production code: a dossier system's JMS client in one command. Sends a result (a JSON
 * file) to the gateway's inbound queue as a TextMessage and, with {@code --reply}, waits for the answer on a
 * temporary queue and prints it (docs/jms-channel.md has the command line).
 *
 * <pre>
 * JmsSubmit &lt;broker-url&gt; &lt;result.json&gt; [--reply] [--queue=gateway.inbound.results] [--user=… --password=…]
 * </pre>
 */
public final class JmsSubmit {

    private JmsSubmit() {
    }

    public static void main(String[] args) throws IOException, JMSException {
        if (args.length < 2) {
            System.err.println("usage: JmsSubmit <broker-url> <result.json> [--reply] [--queue=<queue>] [--user=<u> --password=<p>]");
            System.exit(2);
        }
        String queue = option(args, "--queue=", "gateway.inbound.results");
        String json = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
        boolean reply = java.util.Arrays.asList(args).contains("--reply");
        String answer = submit(args[0], option(args, "--user=", null), option(args, "--password=", null), queue, json,
                reply ? Duration.ofSeconds(30) : null);
        System.out.println(answer);
    }

    /**
     * Sends {@code json} to {@code queue}; with a {@code replyTimeout}, waits that long for the reply and returns
     * its body, else returns the sent message's id.
     */
    public static String submit(String brokerUrl, String user, String password, String queue, String json,
                                Duration replyTimeout) throws JMSException {
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(brokerUrl);
             Connection connection = user == null ? factory.createConnection() : factory.createConnection(user, password)) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            TextMessage message = session.createTextMessage(json);
            TemporaryQueue replies = replyTimeout == null ? null : session.createTemporaryQueue();
            message.setJMSReplyTo(replies);
            try (MessageProducer producer = session.createProducer(session.createQueue(queue))) {
                producer.send(message);
            }
            if (replies == null) {
                return "sent " + message.getJMSMessageID();
            }
            try (MessageConsumer consumer = session.createConsumer(replies)) {
                Message answer = consumer.receive(replyTimeout.toMillis());
                if (answer == null) {
                    return "no reply within " + replyTimeout.toSeconds() + " s";
                }
                return answer.getStringProperty("gatewayOutcome") + " " + ((TextMessage) answer).getText();
            }
        }
    }

    private static String option(String[] args, String prefix, String fallback) {
        for (String a : args) {
            if (a.startsWith(prefix)) {
                return a.substring(prefix.length());
            }
        }
        return fallback;
    }
}
