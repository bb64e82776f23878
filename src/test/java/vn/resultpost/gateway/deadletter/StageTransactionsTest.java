package vn.resultpost.gateway.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Every transacted JMS consumer of {@code routes/} runs a local JMS transaction. With the JmsTransactionManager that
 * Camel creates otherwise, what a stage sent through Camel went out in the manager's session, committed after the
 * listener's acknowledgement: a kill in between lost the message (the chaos run of 2026-12-07 01:36,
 * docs/reliability.md). The stages' deferrals and dead letters now use the listener's own session
 * ({@link StageSendsTransactionTest}).
 */
class StageTransactionsTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyTransactedConsumerRunsALocalTransaction() throws IOException {
        List<String> transacted = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("routes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".camel.yaml")).sorted().toList()) {
                try (Reader r = Files.newBufferedReader(file)) {
                    for (Object item : (List<Object>) new Yaml().load(r)) {
                        Map<String, Object> route = (Map<String, Object>) ((Map<String, Object>) item).get("route");
                        Map<String, Object> from = route == null ? null : (Map<String, Object>) route.get("from");
                        Map<String, Object> parameters = from == null ? null
                                : (Map<String, Object>) from.get("parameters");
                        if (parameters != null && Boolean.TRUE.equals(parameters.get("transacted"))) {
                            transacted.add(file.getFileName().toString());
                            assertThat(parameters.get("lazyCreateTransactionManager")).as(file.toString())
                                    .isEqualTo(false);
                        }
                    }
                }
            }
        }
        assertThat(transacted).as("the stages and the inbound JMS channel").hasSize(5);
    }
}
