package vn.resultpost.gateway.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.Reader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.yaml.snakeyaml.Yaml;

class ActuatorMetersTest {

    @Test
    void readsTheStatisticsOfAnActuatorMetricsAnswer() throws Exception {
        String answer = """
                {"name":"gateway.store.group-commit.writes","baseUnit":"writes","measurements":[
                  {"statistic":"COUNT","value":120.0},{"statistic":"TOTAL","value":300.0},{"statistic":"MAX","value":7.0}],
                 "availableTags":[]}""";

        assertThat(ActuatorMeters.statistics(new ObjectMapper().readTree(answer)))
                .containsExactly(Map.entry("COUNT", 120.0), Map.entry("MAX", 7.0), Map.entry("TOTAL", 300.0));
    }

    @Test
    void recordsTheBatchesOfThePhaseOnlyPerShipmentAndTheirMeanSize() {
        Map<String, Object> result = new LinkedHashMap<>();
        ActuatorMeters.recordBatches(Map.of("COUNT", 100.0, "TOTAL", 150.0), Map.of("COUNT", 500.0, "TOTAL", 1350.0), 50,
                "groupCommits", result);

        assertThat(result).containsEntry("groupCommitsPerShipment", 8.0).containsEntry("groupCommitsMeanSize", 3.0);
    }

    @Test
    void anUnreadableMeterRecordsNothing() {
        Map<String, Object> result = new LinkedHashMap<>();
        ActuatorMeters.recordBatches(Map.of(), Map.of("COUNT", 500.0, "TOTAL", 1350.0), 50, "groupCommits", result);
        ActuatorMeters.recordBatches(Map.of("COUNT", 1.0), Map.of(), 50, "groupCommits", result);

        assertThat(result).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBenchmarksMonitorIsAnAdminWithACheapBcryptOfItsPassword() throws Exception {
        Map<String, Object> yaml;
        try (Reader r = Files.newBufferedReader(Path.of("scripts/benchmark/gateway.yml"))) {
            yaml = new Yaml().load(r);
        }
        Map<String, Object> admins = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                yaml.get("gateway")).get("security")).get("admins");
        Map<String, Object> monitor = (Map<String, Object>) admins.get(ActuatorMeters.MONITOR);

        assertThat((List<String>) monitor.get("roles")).containsExactly("ADMIN");
        String password = (String) monitor.get("password");
        assertThat(password).startsWith("{bcrypt}$2a$04$");
        assertThat(new BCryptPasswordEncoder().matches(ActuatorMeters.MONITOR_PASSWORD,
                password.substring("{bcrypt}".length()))).isTrue();
    }

    @Test
    void readsAsTheMonitorAndFallsBackToTheDemoAdminOnceWhereTheGatewayHasNoMonitor() throws Exception {
        List<String> users = new CopyOnWriteArrayList<>();
        HttpServer gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/actuator/metrics/", exchange -> {
            String user = new String(Base64.getDecoder().decode(exchange.getRequestHeaders()
                    .getFirst("Authorization").substring("Basic ".length())), StandardCharsets.UTF_8).split(":")[0];
            users.add(user);
            byte[] body = """
                    {"measurements":[{"statistic":"VALUE","value":3.0}]}""".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(user.equals("admin") ? 200 : 401, user.equals("admin") ? body.length : -1);
            if (user.equals("admin")) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        gateway.start();
        try {
            ActuatorMeters meters = new ActuatorMeters("http://127.0.0.1:" + gateway.getAddress().getPort());

            assertThat(meters.read("gateway.outbox.pending")).containsExactly(Map.entry("VALUE", 3.0));
            assertThat(meters.read("gateway.outbox.pending")).containsExactly(Map.entry("VALUE", 3.0));
            assertThat(users).containsExactly(ActuatorMeters.MONITOR, "admin", "admin");
        } finally {
            gateway.stop(0);
        }
    }
}
