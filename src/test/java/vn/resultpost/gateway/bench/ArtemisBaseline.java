package vn.resultpost.gateway.bench;

import jakarta.jms.Connection;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMAcceptorFactory;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * The benchmark's baseline, run as a JVM of its own: an embedded Artemis broker configured as Spring Boot
 * configures the gateway's (persistent, NIO journal under the data folder, Artemis' defaults otherwise:
 * transactional and non-transactional syncs on), and the messages the full lifecycle moves per shipment,
 * durable and transacted as the gateway sends and takes them: per shipment 1 order and 6 report messages
 * (the shipment id, 36 bytes) sent in outbox-relay batches of up to 200 per transaction, 4 status events
 * (~190 bytes of JSON) sent one per transaction by 16 threads (the webhook path), and 4 consumers per queue
 * taking one message per transaction. Prints one {@code BASELINE-JSON} line.
 *
 * <pre>java -cp … vn.resultpost.gateway.bench.ArtemisBaseline &lt;data folder&gt; &lt;shipments&gt;</pre>
 */
public final class ArtemisBaseline {

    static final int ORDERS = 1;
    static final int EVENTS = 4;
    static final int REPORTS = 6;
    static final int PER_SHIPMENT = ORDERS + EVENTS + REPORTS;
    static final String EVENT = "{\"operatorCode\":\"vnpost\",\"waybill\":\"EB123456789VN\",\"reference\":\"%s\","
            + "\"statusCode\":\"14\",\"statusText\":\"Phát thành công\",\"occurredAt\":\"2026-12-03T07:50:00.123456Z\"}";

    private ArtemisBaseline() {
    }

    public static void main(String[] args) throws Exception {
        // As the gateway logs: INFO, but WARN for the broker's server and audit loggers (config/application.yml).
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("ROOT");
        root.setLevel(ch.qos.logback.classic.Level.INFO);
        for (String quiet : List.of("org.apache.activemq.artemis.core.server", "org.apache.activemq.audit")) {
            ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(quiet)).setLevel(ch.qos.logback.classic.Level.WARN);
        }
        Path data = Path.of(args[0]).toAbsolutePath();
        int shipments = Integer.parseInt(args[1]);
        ConfigurationImpl config = new ConfigurationImpl();
        config.setSecurityEnabled(false);
        config.setPersistenceEnabled(true);
        config.setJournalType(JournalType.NIO);
        config.setJournalDirectory(data.resolve("journal").toString());
        config.setBindingsDirectory(data.resolve("bindings").toString());
        config.setLargeMessagesDirectory(data.resolve("largemessages").toString());
        config.setPagingDirectory(data.resolve("paging").toString());
        config.getAcceptorConfigurations().add(new TransportConfiguration(InVMAcceptorFactory.class.getName()));
        EmbeddedActiveMQ broker = new EmbeddedActiveMQ().setConfiguration(config);
        broker.start();
        try (ActiveMQConnectionFactory cf = new ActiveMQConnectionFactory("vm://0");
             Connection connection = cf.createConnection()) {
            connection.start();
            long t0 = System.nanoTime();
            AtomicLong consumed = new AtomicLong();
            List<Thread> threads = new ArrayList<>();
            threads.add(consumers(connection, "gateway.orders", shipments * ORDERS, consumed));
            threads.add(consumers(connection, "gateway.status-events", shipments * EVENTS, consumed));
            threads.add(consumers(connection, "gateway.reports", shipments * REPORTS, consumed));
            threads.add(thread("relay", () -> relay(connection, shipments)));
            AtomicInteger nextEvent = new AtomicInteger();
            for (int t = 0; t < 16; t++) {
                threads.add(thread("webhook-" + t, () -> webhooks(connection, shipments * EVENTS, nextEvent)));
            }
            long total = (long) shipments * PER_SHIPMENT;
            Thread progress = new Thread(() -> {
                while (consumed.get() < total) {
                    try {
                        Thread.sleep(5000);
                    } catch (InterruptedException e) {
                        return;
                    }
                    System.out.printf(Locale.ROOT, "[baseline] %.0fs: %d of %d messages sent and received%n",
                            (System.nanoTime() - t0) / 1e9, consumed.get(), total);
                }
            }, "progress");
            progress.setDaemon(true);
            progress.start();
            for (Thread t : threads) {
                t.join();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "BASELINE-JSON {\"shipments\":%d,\"messages\":%d,\"seconds\":%.3f,"
                            + "\"messagesPerSecond\":%.1f,\"shipmentsPerSecond\":%.1f,\"journalType\":\"%s\","
                            + "\"journalSyncTransactional\":%s,\"journalSyncNonTransactional\":%s,\"eventBytes\":%d}%n",
                    shipments, total, seconds, total / seconds, shipments / seconds, config.getJournalType(),
                    config.isJournalSyncTransactional(), config.isJournalSyncNonTransactional(),
                    String.format(EVENT, UUID.randomUUID()).getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        } finally {
            broker.stop();
        }
        System.exit(0);
    }

    /** The outbox relay's pattern: each shipment's order and report messages, up to 200 per transaction. */
    private static Void relay(Connection connection, int shipments) throws Exception {
        try (Session s = connection.createSession(true, Session.SESSION_TRANSACTED);
             MessageProducer orders = s.createProducer(s.createQueue("gateway.orders"));
             MessageProducer reports = s.createProducer(s.createQueue("gateway.reports"))) {
            int inTx = 0;
            for (int i = 0; i < shipments; i++) {
                String id = UUID.randomUUID().toString();
                orders.send(s.createTextMessage(id));
                for (int r = 0; r < REPORTS; r++) {
                    var m = s.createTextMessage(id);
                    m.setStringProperty("JMSXGroupID", id);
                    reports.send(m);
                }
                inTx += ORDERS + REPORTS;
                if (inTx >= 200 - ORDERS - REPORTS || i == shipments - 1) {
                    s.commit();
                    inTx = 0;
                }
            }
        }
        return null;
    }

    /** The webhook path: each status event sent and committed on its own. */
    private static Void webhooks(Connection connection, int events, AtomicInteger next) throws Exception {
        try (Session s = connection.createSession(true, Session.SESSION_TRANSACTED);
             MessageProducer p = s.createProducer(s.createQueue("gateway.status-events"))) {
            while (next.getAndIncrement() < events) {
                String id = UUID.randomUUID().toString();
                var m = s.createTextMessage(String.format(EVENT, id));
                m.setStringProperty("JMSXGroupID", "EB" + id.substring(0, 9));
                p.send(m);
                s.commit();
            }
        }
        return null;
    }

    /** Four consumers taking one message per transaction until {@code count} were taken from the queue. */
    private static Thread consumers(Connection connection, String queue, int count, AtomicLong consumed) {
        AtomicInteger taken = new AtomicInteger();
        List<Thread> four = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            four.add(thread(queue + "-" + c, () -> {
                try (Session s = connection.createSession(true, Session.SESSION_TRANSACTED);
                     MessageConsumer consumer = s.createConsumer(s.createQueue(queue))) {
                    while (taken.get() < count) {
                        if (consumer.receive(200) != null) {
                            s.commit();
                            taken.incrementAndGet();
                            consumed.incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        return thread(queue + "-join", () -> {
            for (Thread t : four) {
                t.join();
            }
            return null;
        });
    }

    /** A started thread running {@code body}; a failure is printed and ends the JVM (the benchmark reads the exit). */
    private static Thread thread(String name, java.util.concurrent.Callable<Void> body) {
        Thread t = new Thread(() -> {
            try {
                body.call();
            } catch (Exception e) {
                System.err.println("[baseline] " + name + " failed: " + e);
                e.printStackTrace();
                System.exit(1);
            }
        }, name);
        t.start();
        return t;
    }
}
