package vn.resultpost.gateway.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StuckShipmentTrailTest {

    @TempDir
    Path work;

    @Test
    void collectsTheLinesNamingTheShipmentFromEveryLogInStartOrder() throws Exception {
        Files.writeString(work.resolve("gateway-1-02.log"), "a 11111111 ORDER_CREATED\nb other\n");
        Files.writeString(work.resolve("gateway-1-01.log"), "c 11111111 ACCEPTED\n");
        Files.writeString(work.resolve("simulator.log"), "d order 11111111 created\n");
        Files.writeString(work.resolve("chaos-output.txt"), "e 11111111 not a process log\n");

        assertThat(StuckShipmentTrail.of(work, "11111111")).containsExactly(
                "gateway-1-01.log: c 11111111 ACCEPTED",
                "gateway-1-02.log: a 11111111 ORDER_CREATED",
                "simulator.log: d order 11111111 created");
    }

    @Test
    void keepsTheLastFortyLines() throws Exception {
        Files.writeString(work.resolve("gateway-1-01.log"),
                IntStream.rangeClosed(1, 50).mapToObj(i -> "line " + i + " of s-1").collect(Collectors.joining("\n")));

        assertThat(StuckShipmentTrail.of(work, "s-1")).hasSize(40).first().asString().endsWith("line 11 of s-1");
    }

    @Test
    void readsTheIdsOfTheDatabasesNotFinalList() {
        assertThat(StuckShipmentTrail.ids("s-1 D1 ACCEPTED since 2026-12-04; s-2 D2 IN_TRANSIT since 2026-12-04"))
                .containsExactly("s-1", "s-2");
        assertThat(StuckShipmentTrail.ids("none")).isEmpty();
        assertThat(StuckShipmentTrail.ids(null)).isEmpty();
    }

    @Test
    void saysSoWhenThereIsNoEmbeddedJournal() {
        assertThat(BrokerJournal.describe(work, work.resolve("journal.txt"))).startsWith("no embedded journal at ");
    }
}
