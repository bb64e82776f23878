package vn.resultpost.gateway.channel.polling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.GatewayApplication;
import vn.resultpost.gateway.simulator.ReadyForPostSimulator;

/**
 * The polling cursor survives a restart: a gateway takes part of the list and stops; a new gateway on the same
 * data folder asks the dossier system (which lists the same results again, then new ones) only for what comes
 * after the stored cursor, so nothing is taken twice and nothing is skipped.
 */
class PollingRestartTest {

    private static final String SOURCE = "demo-one-stop";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> DOSSIERS = List.of("000.00.12.H26-261203-P401", "000.00.12.H26-261203-P402",
            "000.00.12.H26-261203-P403", "000.00.12.H26-261203-P404", "000.00.12.H26-261203-P405");

    @Test
    void aNewInstanceOnTheSameDataGoesOnFromThePersistedCursor() {
        Path data = Path.of("target", "test-data", UUID.randomUUID().toString()).toAbsolutePath();
        try (ConfigurableApplicationContext first = start(data)) {
            ReadyForPostSimulator list = first.getBean(ReadyForPostSimulator.class);
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            DOSSIERS.subList(0, 3).forEach(d -> list.add(result(d)));
            await().atMost(Duration.ofSeconds(20)).until(() -> "3".equals(cursor(jdbc)));
            assertThat(DOSSIERS.subList(0, 3)).allSatisfy(d -> assertThat(shipments(jdbc, d)).isEqualTo(1));
            assertThat(list.served()).containsOnlyKeys("1", "2", "3").containsValues(1);
        }

        try (ConfigurableApplicationContext second = start(data)) {
            ReadyForPostSimulator list = second.getBean(ReadyForPostSimulator.class);
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(cursor(jdbc)).as("the stored cursor").isEqualTo("3");
            DOSSIERS.forEach(d -> list.add(result(d))); // the dossier system's list, as it stands: 1..5
            await().atMost(Duration.ofSeconds(20)).until(() -> "5".equals(cursor(jdbc)));

            assertThat(list.served()).as("only what follows the cursor: none repeated, none skipped")
                    .containsOnlyKeys("4", "5").containsValues(1);
            assertThat(DOSSIERS).allSatisfy(d -> assertThat(shipments(jdbc, d)).isEqualTo(1));
            assertThat(jdbc.sql("select items_accepted from polling_source where name = ?").param(SOURCE)
                    .query(Long.class).single()).as("each item taken once across both instances").isEqualTo(5);
        }
    }

    private static ConfigurableApplicationContext start(Path data) {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // As command-line arguments: they take precedence over config/application.yml (builder properties do not).
        return new SpringApplicationBuilder(GatewayApplication.class).run(
                "--server.port=" + port,
                "--gateway.data-dir=" + data,
                "--simulator.dossier.results-per-tick=0",
                "--simulator.ready-for-post.results-per-tick=0",
                "--simulator.vnpost.scenario=hold",
                "--gateway.outbox.poll-interval-ms=50",
                "--gateway.channels.polling.tick=100ms",
                "--gateway.channels.polling.start-delay=0",
                "--gateway.channels.polling.sources.demo-one-stop.interval=200ms",
                "--gateway.channels.polling.sources.demo-one-stop.page-size=2",
                "--camel.main.shutdown-timeout=5",
                "--spring.lifecycle.timeout-per-shutdown-phase=5s");
    }

    private static Map<?, ?> result(String dossier) {
        try {
            return JSON.readValue(Fixtures.result(dossier), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cursor(JdbcClient jdbc) {
        return jdbc.sql("select poll_cursor from polling_source where name = ?").param(SOURCE).query(String.class)
                .optional().orElse(null);
    }

    private static int shipments(JdbcClient jdbc, String dossier) {
        return jdbc.sql("select count(*) from shipment where dossier_code = ?").param(dossier).query(Integer.class).single();
    }
}
